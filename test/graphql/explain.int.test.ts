/**
 * The hot queries, as the Cypher builders make them, are index-backed: EXPLAIN on the seed graph
 * shows no AllNodesScan or NodeByLabelScan anywhere in the plan, and an index (or the full-text
 * index procedure) where the query starts.
 */
import type { CypherQuery } from '../../src/db/gateway';
import { articleEntitiesBatchQuery, articlesByIdQuery, articlesPageQuery, articleStatementsBatchQuery } from '../../src/graphql/article/article.cypher';
import { Direction, GRAPH_RELATIONSHIP_TYPES } from '../../src/graphql/common/enums';
import { luceneQuery } from '../../src/graphql/common/lucene';
import type { PageRequest } from '../../src/graphql/common/pagination';
import {
  entitiesByIdQuery,
  entitiesPageQuery,
  mentionsBatchQuery,
  relationshipsBatchQuery,
  roleHoldersBatchQuery,
} from '../../src/graphql/entity/entity.cypher';
import { neighbourhoodQuery, pathsQuery } from '../../src/graphql/graph/graph.cypher';
import { searchQuery } from '../../src/graphql/search/search.cypher';
import {
  entityWithStatementsQuery,
  statementsOfEntitiesBatchQuery,
  statementsPageQuery,
  type StatementCriteria,
} from '../../src/graphql/statement/statement.cypher';
import { timelineQuery } from '../../src/graphql/timeline/timeline.cypher';
import { loadedArticlesQuery } from '../../src/extraction/ingest';
import { smallDocument } from '../support/fixtures';
import { startSeededApi, type SeededApi } from './support';

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

let api: SeededApi;

beforeAll(async () => {
  api = await startSeededApi();
});

afterAll(async () => {
  await api.close();
});

/** Every operator of a plan, depth first, without the `@neo4j` runtime suffix. */
function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...(plan.children ?? []).flatMap(operators)];
}

async function explain(query: CypherQuery): Promise<string[]> {
  const summary = await api.gateway.readTransaction(
    async (tx) => (await api.gateway.run(tx, { cypher: `EXPLAIN ${query.cypher}`, params: query.params }, 'READ')).summary,
  );
  if (!summary.plan) throw new Error('EXPLAIN returned no plan');
  return operators(summary.plan as unknown as PlanNode);
}

const firstPage: PageRequest = { first: 20, limit: 21, after: null };
const deepPage = (after: (string | number)[]): PageRequest => ({ ...firstPage, after });
const noFilter: StatementCriteria = { speakerId: null, aboutId: null, kind: null, stance: null, articleId: null, text: null };
const haydon = luceneQuery('haydon', 'name');

const HOT_QUERIES: Record<string, CypherQuery> = {
  'entity(id) / entity loader': entitiesByIdQuery(['person:dean-haydon', 'programme:prevent']),
  'entities(name)': entitiesPageQuery({ search: haydon, kind: null, page: firstPage, withTotal: true }),
  'entities(name, kind), deep page': entitiesPageQuery({ search: haydon, kind: 'Person', page: deepPage([1.5, 'person:a']), withTotal: false }),
  'entities()': entitiesPageQuery({ search: null, kind: null, page: firstPage, withTotal: true }),
  'entities(exactName, kind) with affiliations folded in': entitiesPageQuery({
    search: null,
    nameKey: 'dean haydon',
    kind: 'Person',
    page: firstPage,
    withTotal: true,
    nested: { types: ['AFFILIATED_WITH', 'MEMBER_OF'], direction: Direction.OUTGOING, limit: 100 },
  }),
  'entities(name) with affiliations folded in': entitiesPageQuery({
    search: haydon,
    kind: null,
    page: firstPage,
    withTotal: false,
    nested: { types: ['AFFILIATED_WITH', 'MEMBER_OF'], direction: Direction.OUTGOING, limit: 100 },
  }),
  'entities(kind), deep page': entitiesPageQuery({ search: null, kind: 'Person', page: deepPage(['person:c']), withTotal: false }),
  'Entity.mentions': mentionsBatchQuery(['person:dean-haydon'], firstPage),
  'Entity.relationships / roles / affiliations / members': relationshipsBatchQuery(['person:dean-haydon'], {
    types: ['HAS_ROLE', 'MEMBER_OF'],
    direction: Direction.BOTH,
    page: firstPage,
  }),
  'Organisation.roleHolders': roleHoldersBatchQuery(['org:uk-government'], 100),
  'Entity.statementsMade': statementsOfEntitiesBatchQuery(['person:dean-haydon'], { role: 'speaker', stance: null, page: firstPage }),
  'Entity.statementsAbout': statementsOfEntitiesBatchQuery(['programme:prevent'], { role: 'about', stance: 'criticises', page: firstPage }),
  'Entity.statementsAbout, deep page': statementsOfEntitiesBatchQuery(['programme:prevent'], {
    role: 'about',
    stance: null,
    page: deepPage(['prevent-2017/stmt-05']),
  }),
  'entity(id) with statementsAbout folded in': entityWithStatementsQuery('programme:prevent', {
    role: 'about',
    stance: null,
    page: firstPage,
    withTotal: true,
  }),
  'article(id) / article loader': articlesByIdQuery(['prevent-2017']),
  'articles()': articlesPageQuery(firstPage, true),
  'articles(), deep page': articlesPageQuery(deepPage(['2017-08-07', 'prevent-2017']), false),
  'Article.entities': articleEntitiesBatchQuery(['prevent-2017'], { kind: 'Person', page: firstPage }),
  'Article.statements': articleStatementsBatchQuery(['prevent-2017'], firstPage),
  'statements()': statementsPageQuery(noFilter, firstPage, true),
  'statements(), deep page': statementsPageQuery(noFilter, deepPage(['prevent-2017/stmt-05']), false),
  'statements(speakerId)': statementsPageQuery({ ...noFilter, speakerId: 'person:dean-haydon' }, firstPage, true),
  'statements(aboutId, stance)': statementsPageQuery({ ...noFilter, aboutId: 'programme:prevent', stance: 'criticises' }, firstPage, true),
  'statements(articleId)': statementsPageQuery({ ...noFilter, articleId: 'prevent-2017' }, firstPage, true),
  'statements(kind)': statementsPageQuery({ ...noFilter, kind: 'direct' }, firstPage, true),
  'statements(stance)': statementsPageQuery({ ...noFilter, stance: 'supports' }, firstPage, true),
  'statements(text)': statementsPageQuery({ ...noFilter, text: luceneQuery('toxic brand', 'text') }, firstPage, true),
  search: searchQuery({ search: haydon, entityKinds: ['Person', 'Organisation'], statements: true, limit: 20 }),
  paths: pathsQuery({
    fromId: 'person:dean-haydon',
    toId: 'org:muslim-council-of-britain',
    maxHops: 6,
    types: GRAPH_RELATIONSHIP_TYPES,
    limit: 10,
    maxAllowedHops: 6,
  }),
  neighbourhood: neighbourhoodQuery({ id: 'programme:prevent', depth: 3, maxDepth: 3, types: GRAPH_RELATIONSHIP_TYPES, maxNodes: 200, maxEdges: 1000 }),
  'ingest: the article already loaded with this id, URL or text': loadedArticlesQuery([smallDocument('explain-ingest')]),
  timeline: timelineQuery({ entityId: 'programme:prevent', hops: 3, maxHops: 3, types: GRAPH_RELATIONSHIP_TYPES, from: '2003', to: '2017', limit: 201 }),
};

const INDEX_OPERATORS =
  /^(NodeUniqueIndexSeek|NodeUniqueIndexSeekByRange|NodeIndexSeek|NodeIndexSeekByRange|NodeIndexScan|NodeIndexContainsScan|ProcedureCall)$/;

describe('query plans', () => {
  it.each(Object.entries(HOT_QUERIES))('%s reads through an index, never a label or all-nodes scan', async (_name, query) => {
    const plan = await explain(query);
    expect(plan.filter((operator) => /^(AllNodesScan|NodeByLabelScan)/.test(operator))).toEqual([]);
    expect(plan.some((operator) => INDEX_OPERATORS.test(operator))).toBe(true);
  });

  it('would catch a query without an index (the check itself can fail)', async () => {
    const unindexed = await explain({ cypher: 'MATCH (s:Statement) WHERE s.text CONTAINS $words RETURN s.id', params: { words: 'toxic' } });
    expect(unindexed.filter((operator) => /^(AllNodesScan|NodeByLabelScan)/.test(operator))).toEqual(['NodeByLabelScan']);
  });

  it('reads full-text indexes through the procedure with the escaped query as a parameter', async () => {
    const query = entitiesPageQuery({ search: luceneQuery('name:"x" OR *', 'name'), kind: null, page: firstPage, withTotal: false });
    expect(query.cypher).not.toContain('name:');
    expect(await explain(query)).toContain('ProcedureCall');
  });

  it('walks neighbourhoods and timelines breadth-first with pruning (each node once), and paths with ShortestPath', async () => {
    expect((await explain(HOT_QUERIES.neighbourhood!)).some((operator) => operator.startsWith('VarLengthExpand(Pruning'))).toBe(true);
    expect((await explain(HOT_QUERIES.timeline!)).some((operator) => operator.startsWith('VarLengthExpand(Pruning'))).toBe(true);
    expect(await explain(HOT_QUERIES.paths!)).toContain('ShortestPath');
  });
});
