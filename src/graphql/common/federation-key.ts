/**
 * The Apollo Federation key of the API's entities (Article, Statement and every entity kind): the
 * id, stable across articles. Applied with type-graphql's @Directive, it is printed only into the
 * subgraph SDL (federation.ts); the committed schema.graphql stays free of federation.
 */
export const FEDERATION_KEY = '@key(fields: "id")';
