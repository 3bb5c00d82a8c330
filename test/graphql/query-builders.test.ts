import { BadInputError } from '../../src/errors';
import { Direction, GRAPH_RELATIONSHIP_TYPES, type GraphRelationshipType } from '../../src/graphql/common/enums';
import { escapeLucene, luceneQuery } from '../../src/graphql/common/lucene';
import { decodeCursor, encodeCursor, pageRequest, toPage } from '../../src/graphql/common/pagination';
import { entitiesPageQuery, relationshipPattern, relationshipsBatchQuery } from '../../src/graphql/entity/entity.cypher';
import { neighbourhoodQuery, pathsQuery } from '../../src/graphql/graph/graph.cypher';
import { statementsPageQuery, type StatementCriteria } from '../../src/graphql/statement/statement.cypher';
import { timelineQuery } from '../../src/graphql/timeline/timeline.cypher';
import { checkedDate } from '../../src/graphql/timeline/timeline.service';
import { operationCost } from '../../src/graphql/plugins/complexity';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { parse } from 'graphql';

const noFilter: StatementCriteria = { speakerId: null, aboutId: null, kind: null, stance: null, articleId: null, text: null };
const firstPage = { first: 20, limit: 21, after: null };

function thrown(work: () => unknown): BadInputError {
  try {
    work();
  } catch (error) {
    if (error instanceof BadInputError) return error;
    throw error;
  }
  throw new Error('expected a BadInputError');
}

describe('page arguments', () => {
  it('default to 20 items and fetch one more to learn whether a next page exists', () => {
    expect(pageRequest({}, 'statement', 1)).toEqual({ first: 20, limit: 21, after: null });
  });

  it.each([0, -1, 101, 1000, 2.5])('refuse first: %p with BAD_USER_INPUT naming the argument and the range', (first) => {
    const error = thrown(() => pageRequest({ first }, 'statement', 1));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(`first: must be an integer from 1 to 100 (got ${first})`);
  });

  it('decode the keyset cursor they issued (the last sort key, opaque to clients)', () => {
    const cursor = encodeCursor('article', ['2017-08-07', 'prevent-2017']);
    expect(cursor).not.toContain('prevent');
    expect(pageRequest({ after: cursor }, 'article', 2).after).toEqual(['2017-08-07', 'prevent-2017']);
  });

  it('refuse a cursor of another list, or one they did not issue', () => {
    const statementCursor = encodeCursor('statement', ['x/1']);
    expect(thrown(() => decodeCursor(statementCursor, 'article', 2)).message).toMatch(/^after: is not a cursor of this list/);
    expect(thrown(() => decodeCursor('not-a-cursor', 'statement', 1)).code).toBe('BAD_USER_INPUT');
  });

  it('build pageInfo from the extra row', () => {
    const page = toPage(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      { first: 2, limit: 3, after: null },
      'x',
      (r) => [r.id],
      (r) => r.id,
      7,
    );
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: encodeCursor('x', ['b']) });
    expect(page.totalCount).toBe(7);
  });
});

describe('full-text input', () => {
  it('escapes every Lucene operator character', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^"g"~h*i?j:k\\l/m&&n||o')).toBe('a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^\\"g\\"\\~h\\*i\\?j\\:k\\\\l\\/m\\&\\&n\\|\\|o');
  });

  it('turns words into an AND of whole-word-or-prefix terms, lower-cased so AND/OR/NOT stay words', () => {
    expect(luceneQuery('Dean  Haydon', 'name')).toBe('(dean OR dean*) AND (haydon OR haydon*)');
    expect(luceneQuery('prevent OR NOT', 'query')).toBe('(prevent OR prevent*) AND (or OR or*) AND (not OR not*)');
  });

  it('keeps syntax in the input literal and leaves wildcards off words that carry it', () => {
    expect(luceneQuery('toxic (brand', 'query')).toBe('(toxic OR toxic*) AND (\\(brand)');
    expect(luceneQuery('name:"x"', 'query')).toBe('(name\\:\\"x\\")');
  });

  it('refuses input with no word, or too long, naming the argument', () => {
    expect(thrown(() => luceneQuery(' *** ', 'query')).message).toBe('query: must contain at least one letter or digit');
    expect(thrown(() => luceneQuery('x'.repeat(201), 'name')).message).toBe('name: must be at most 200 characters (got 201)');
  });
});

describe('Cypher builders', () => {
  it('pass every value as a parameter, never in the query text', () => {
    const criteria: StatementCriteria = { ...noFilter, speakerId: "x'}) DETACH DELETE n //", stance: 'criticises' };
    const query = statementsPageQuery(criteria, firstPage, true);
    expect(query.cypher).not.toContain('DETACH');
    expect(query.params).toMatchObject({ speakerId: criteria.speakerId, stance: 'criticises' });
  });

  it('start statements at the index that fits the filter', () => {
    expect(statementsPageQuery({ ...noFilter, text: '(toxic)' }, firstPage, false).cypher).toContain("db.index.fulltext.queryNodes('statement_text', $text)");
    expect(statementsPageQuery({ ...noFilter, speakerId: 'p' }, firstPage, false).cypher).toContain('MATCH (:Entity {id: $speakerId})-[:SAID]->(s:Statement)');
    expect(statementsPageQuery({ ...noFilter, articleId: 'a' }, firstPage, false).cypher).toContain('WHERE s.articleId = $articleId');
    expect(statementsPageQuery({ ...noFilter, stance: 'supports' }, firstPage, false).cypher).toContain('s.kind IN $kinds AND s.stance IN $stances');
    expect(statementsPageQuery(noFilter, firstPage, false).cypher).toContain('MATCH (s:Statement) WHERE s.id > $afterId');
  });

  it('count the total only when asked', () => {
    expect(statementsPageQuery(noFilter, firstPage, false).cypher).not.toContain('count(');
    expect(statementsPageQuery(noFilter, firstPage, true).cypher).toContain('count(s) AS totalCount');
  });

  it('continue a name search after the last (score, id) and a plain list after the last id', () => {
    const search = entitiesPageQuery({ search: '(x)', kind: null, page: { ...firstPage, after: [1.5, 'person:a'] }, withTotal: false });
    expect(search.params).toMatchObject({ afterScore: 1.5, afterId: 'person:a' });
    const plain = entitiesPageQuery({ search: null, kind: 'Person', page: { ...firstPage, after: ['person:a'] }, withTotal: false });
    expect(plain.cypher).toContain('MATCH (e:Person) WHERE e.id > $afterId');
  });

  it('put only allow-listed relationship types into query text', () => {
    expect(relationshipPattern('r', ['HAS_ROLE', 'MEMBER_OF'], Direction.OUTGOING)).toBe('-[r:HAS_ROLE|MEMBER_OF]->');
    expect(relationshipPattern('', ['SAID'], Direction.BOTH, '*1..3')).toBe('-[:SAID*1..3]-');
    expect(() => relationshipPattern('r', ['KNOWS]->(x) DETACH DELETE x //' as GraphRelationshipType], Direction.BOTH)).toThrow(/Unknown relationship type/);
    expect(() => relationshipPattern('r', ['SAID'], Direction.BOTH, '*1..3] DELETE')).toThrow(/Bad variable-length bound/);
    expect(relationshipsBatchQuery(['p'], { types: ['HAS_ROLE'], direction: Direction.INCOMING, page: firstPage }).cypher).toContain(
      '(e)<-[r:HAS_ROLE]-(other:Entity)',
    );
  });

  it('write a hop bound into query text only within its allowed range', () => {
    const paths = pathsQuery({ fromId: 'a', toId: 'b', maxHops: 6, types: GRAPH_RELATIONSHIP_TYPES, limit: 10, maxAllowedHops: 6 });
    expect(paths.cypher).toContain('*..6]');
    expect(() => pathsQuery({ fromId: 'a', toId: 'b', maxHops: 7, types: GRAPH_RELATIONSHIP_TYPES, limit: 10, maxAllowedHops: 6 })).toThrow(/outside/);
    expect(() => neighbourhoodQuery({ id: 'a', depth: 4, maxDepth: 3, types: GRAPH_RELATIONSHIP_TYPES, maxNodes: 10, maxEdges: 10 })).toThrow(/outside/);
    expect(() => timelineQuery({ entityId: 'a', hops: 4, maxHops: 3, types: GRAPH_RELATIONSHIP_TYPES, from: null, to: null, limit: 10 })).toThrow(/outside/);
  });

  it('walk paths through statements but never through articles', () => {
    const { cypher } = pathsQuery({ fromId: 'a', toId: 'b', maxHops: 4, types: GRAPH_RELATIONSHIP_TYPES, limit: 10, maxAllowedHops: 6 });
    expect(cypher).toContain('SAID|ABOUT|SAID_TO');
    expect(cypher).not.toContain('MENTIONED_IN');
    expect(cypher).not.toContain('REPORTED_IN');
  });
});

describe('timeline bounds', () => {
  it.each(['2017', '2017-05', '2017-08-08', '2017-08-08T10:00'])('accept the ISO prefix %s', (value) => {
    expect(checkedDate(value, 'from')).toBe(value);
  });

  it.each(['17', '2017-13', '2017-5', 'yesterday', '2017-08-08 10:00'])('refuse %s, saying what a date looks like', (value) => {
    expect(thrown(() => checkedDate(value, 'to')).message).toBe(`to: must be a date like 2017, 2017-05, 2017-08-08 or 2017-08-08T10:00 (got "${value}")`);
  });
});

describe('query cost', () => {
  it('multiplies nested pages by their size, so one query cannot ask for 100 x 100 x 100 rows', async () => {
    const schema = await buildGraphQLSchema();
    const cost = (query: string): number => operationCost(schema, parse(query), {});
    const small = cost('{ statements(first: 5) { edges { node { text } } } }');
    const large = cost('{ statements(first: 100) { edges { node { text } } } }');
    expect(large).toBeGreaterThan(small * 10);
    const nested = cost(
      '{ entities(first: 100) { edges { node { statementsMade(first: 100) { edges { node { about { statementsAbout(first: 100) { edges { node { text } } } } } } } } } } }',
    );
    expect(nested).toBeGreaterThan(1_000_000);
  });
});
