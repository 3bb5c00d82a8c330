import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { isInterfaceType, isObjectType, parse, type GraphQLFieldExtensions, type GraphQLSchema } from 'graphql';
import { createResolversMap } from 'type-graphql';
import { ENTITY_TYPES } from '../document/article-graph';
import type { ArticleRecord, EntityRecord, RawMap, StatementRecord } from './common/records';
import { toStatement } from './common/records';
import type { GraphQLContext } from './context';
import { buildGraphQLSchema } from './schema';
import { statementsByIdQuery } from './statement/statement.cypher';

/** The Federation 2 version the subgraph links; composition from 2.3 on understands it. */
export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.3';

interface Reference {
  id: string;
}

/** Statements by id through a per-request DataLoader, so a batch of references is one query. */
function loadStatement(ctx: GraphQLContext, id: string): Promise<StatementRecord | null> {
  return ctx.loaders
    .forField<StatementRecord | null>('federation:statement', null, async (gateway, ids) => {
      const rows = await gateway.read<{ statement: RawMap }>(statementsByIdQuery(ids));
      const byId = new Map(rows.map((row) => [String(row.statement.id), toStatement(row.statement)]));
      return ids.map((statementId) => byId.get(statementId) ?? null);
    })
    .load(id);
}

/**
 * How the subgraph turns a `{__typename, id}` representation into an object: through the request's
 * DataLoaders, so `_entities` with many representations costs one query per type. A reference
 * whose id belongs to another kind (`{__typename: "Person", id: "org:bbc"}`) resolves to null.
 */
function referenceResolvers(): GraphQLResolverMap<GraphQLContext> {
  const resolvers: GraphQLResolverMap<GraphQLContext> = {
    Article: { __resolveReference: (ref: Reference, ctx: GraphQLContext): Promise<ArticleRecord | null> => ctx.loaders.article.load(ref.id) },
    Statement: { __resolveReference: (ref: Reference, ctx: GraphQLContext): Promise<StatementRecord | null> => loadStatement(ctx, ref.id) },
  };
  for (const kind of ENTITY_TYPES) {
    resolvers[kind] = {
      __resolveReference: async (ref: Reference, ctx: GraphQLContext): Promise<EntityRecord | null> => {
        const entity = await ctx.loaders.entity.load(ref.id);
        return entity && entity.kind === kind ? entity : null;
      },
    };
  }
  return resolvers;
}

/**
 * Rebuilding from SDL drops the fields' `extensions`, where type-graphql keeps each field's
 * `complexity`; copied back, the cost limit prices a federated query as it prices a plain one.
 */
function copyFieldExtensions(from: GraphQLSchema, to: GraphQLSchema): void {
  for (const type of Object.values(to.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const original = from.getType(type.name);
    if (!original || (!isObjectType(original) && !isInterfaceType(original))) continue;
    const originalFields = original.getFields();
    for (const [name, field] of Object.entries(type.getFields())) {
      const extensions = originalFields[name]?.extensions;
      // GraphQLField.extensions is typed readonly; the field objects are this schema's own, built just now.
      if (extensions && Object.keys(extensions).length > 0)
        (field as { extensions: Readonly<GraphQLFieldExtensions<unknown, unknown>> }).extensions = extensions;
    }
  }
}

/** The subgraph SDL: the API's types with their `@key`s, under a Federation 2 `@link`. */
export function subgraphSdl(schema: GraphQLSchema): string {
  return `extend schema @link(url: "${FEDERATION_SPEC_URL}", import: ["@key"])\n\n${printSchemaWithDirectives(schema)}`;
}

/**
 * The API as an Apollo Federation 2 subgraph (KG_FEDERATION=true): the same resolvers, the
 * entities keyed on `id`, plus `_service` and `_entities` for a router. Built the way
 * type-graphql's apollo-federation-2 example does: its schema printed with directives, then
 * `buildSubgraphSchema` over that SDL and type-graphql's resolvers map.
 */
export async function buildSubgraphGraphQLSchema(): Promise<GraphQLSchema> {
  const schema = await buildGraphQLSchema();
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<GraphQLContext>;
  for (const [typeName, typeResolvers] of Object.entries(referenceResolvers())) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(typeResolvers as object) } as GraphQLResolverMap<GraphQLContext>[string];
  }
  const subgraph = buildSubgraphSchema([{ typeDefs: parse(subgraphSdl(schema)), resolvers }]);
  copyFieldExtensions(schema, subgraph);
  return subgraph;
}
