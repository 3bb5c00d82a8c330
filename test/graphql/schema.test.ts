import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { ENTITY_TYPES, RELATION_TYPES, STANCES, STATEMENT_KINDS } from '../../src/document/article-graph';
import { EntityKind, RelationshipType, Stance, StatementKind } from '../../src/graphql/common/enums';
import { buildGraphQLSchema, SCHEMA_FILE, schemaSdl } from '../../src/graphql/schema';

describe('the GraphQL schema', () => {
  it('equals the committed schema/schema.graphql (run `npm run schema:emit` after changing a resolver or type)', async () => {
    const emitted = schemaSdl(await buildGraphQLSchema());
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(emitted);
  });

  it('offers the root queries and mutations of the contract, with their arguments', async () => {
    const schema = await buildGraphQLSchema();
    const args = (type: 'Query' | 'Mutation', field: string): string[] => {
      const fields = (schema.getType(type) as import('graphql').GraphQLObjectType).getFields();
      return fields[field]!.args.map((arg) => arg.name).sort();
    };
    expect(args('Query', 'article')).toEqual(['id']);
    expect(args('Query', 'articles')).toEqual(['after', 'first']);
    expect(args('Query', 'entity')).toEqual(['id']);
    expect(args('Query', 'entities')).toEqual(['after', 'exactName', 'first', 'kind', 'name']);
    expect(args('Query', 'statements')).toEqual(['after', 'filter', 'first']);
    expect(args('Query', 'search')).toEqual(['first', 'kinds', 'query']);
    expect(args('Query', 'paths')).toEqual(expect.arrayContaining(['fromId', 'toId', 'maxHops']));
    expect(args('Query', 'neighbourhood')).toEqual(expect.arrayContaining(['id', 'depth', 'relationshipTypes']));
    expect(args('Query', 'timeline')).toEqual(expect.arrayContaining(['entityId', 'from', 'to']));
    expect(args('Mutation', 'loadArticleDocument')).toEqual(['document']);
    expect(args('Mutation', 'removeArticle')).toEqual(['id']);
  });

  it('makes every entity kind implement the Entity interface', async () => {
    const schema = await buildGraphQLSchema();
    const implementations = schema.getPossibleTypes(schema.getType('Entity') as import('graphql').GraphQLInterfaceType).map((type) => type.name);
    expect(implementations.sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('derives its enums from the document model, so the two cannot drift', () => {
    expect(Object.values(EntityKind).sort()).toEqual([...ENTITY_TYPES].sort());
    expect(Object.values(Stance).sort()).toEqual([...STANCES].sort());
    expect(Object.values(StatementKind).sort()).toEqual([...STATEMENT_KINDS].sort());
    expect(Object.values(RelationshipType)).toEqual(expect.arrayContaining([...RELATION_TYPES, 'SAID', 'ABOUT', 'SAID_TO']));
    expect(Object.keys(Stance)).toEqual(['SUPPORTS', 'CRITICISES', 'NEUTRAL', 'UNCLEAR']);
  });

  it('is valid SDL', () => {
    expect(() => parse(readFileSync(SCHEMA_FILE, 'utf8'))).not.toThrow();
  });
});
