import type { DatabaseGateway } from '../src/db/gateway';
import { cypherInt } from '../src/graphql/common/cypher-int';
import { luceneQuery } from '../src/graphql/common/lucene';
import { encodeCursor } from '../src/graphql/common/pagination';
import { personOfRank, programmeOfRank } from './corpus';

/*
 * The five questions of the benchmark, each asked of the three implementations:
 * - `service`: this service's GraphQL API (schema/schema.graphql);
 * - `neo4jGraphql`: @neo4j/graphql 7 over bench/neo4j-graphql/typeDefs.graphql;
 * - `cypher`: the hand-written Cypher floor (bench/cypher-floor.ts), which takes the service's
 *   request body, ignores the query text, and answers by operation name in the service's shape.
 * Each answer is reduced to a canonical form (plain sorted data) so that the three can be checked
 * against each other: same question, same graph, same answer.
 */

/** The three implementations, in the order they are measured. */
export const IMPLEMENTATIONS = ['service', 'neo4jGraphql', 'cypher'] as const;
export type Implementation = (typeof IMPLEMENTATIONS)[number];

/** What the questions are asked about; the same popularity ranks at every corpus size. */
export interface QuestionTargets {
  /** Q1, Q3: a popular person (popularity rank 20; a more popular one in a tiny corpus). */
  personName: string;
  personId: string;
  /** Q2: a popular programme (rank 3, or more popular): what statements are about. */
  programmeId: string;
  /**
   * Q4: the position (0-based) and id of the statement after which the page starts: the 380th,
   * so that the page is page 20 of 20, or, in a corpus too small for that, the deepest full page.
   */
  statementAfterOffset: number;
  statementAfterId: string;
  /** Q5: a word of middle frequency in what people say. */
  searchWord: string;
}

/** A GraphQL request body. */
export interface GraphQLBody {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** One benchmark question: the request each implementation gets, and how to read its answer. */
export interface Question {
  key: 'q1' | 'q2' | 'q3' | 'q4' | 'q5';
  title: string;
  bodies(targets: QuestionTargets): { service: GraphQLBody; neo4jGraphql: GraphQLBody };
  /** The answer in canonical form; throws when the response has errors or the wrong shape. */
  canonical(implementation: Implementation, data: any): unknown;
}

/** Items per page, and the page q4 asks for. */
export const PAGE_SIZE = 20;
export const DEEP_PAGE = 20;

/** The first of the entities that the graph holds (a tiny corpus may lack the preferred one). */
async function firstPresent<T extends { id: string }>(gateway: DatabaseGateway, candidates: T[]): Promise<T> {
  const rows = await gateway.read<{ id: string }>({
    cypher: 'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id',
    params: { ids: candidates.map((c) => c.id) },
  });
  const present = new Set(rows.map((row) => row.id));
  const found = candidates.find((candidate) => present.has(candidate.id));
  if (!found) throw new Error(`None of ${candidates.map((c) => c.id).join(', ')} is in the graph: load a benchmark corpus first`);
  return found;
}

/** Finds the targets in the loaded graph (the questions' variables). */
export async function findTargets(gateway: DatabaseGateway): Promise<QuestionTargets> {
  const person = await firstPresent(gateway, [20, 10, 5, 2, 1].map(personOfRank));
  const programme = await firstPresent(gateway, [3, 2, 1].map(programmeOfRank));
  const [counted] = await gateway.read<{ statements: number }>({ cypher: 'MATCH (s:Statement) RETURN count(s) AS statements' });
  const offset = Math.min((DEEP_PAGE - 1) * PAGE_SIZE - 1, (counted?.statements ?? 0) - PAGE_SIZE - 2);
  const [row] = await gateway.read<{ person: string | null; programme: string | null; after: string | null }>({
    cypher: `
OPTIONAL MATCH (p:Person {id: $personId})
OPTIONAL MATCH (g:Programme {id: $programmeId})
CALL { MATCH (s:Statement) WITH s.id AS id ORDER BY id SKIP $skip LIMIT 1 RETURN collect(id)[0] AS after }
RETURN p.id AS person, g.id AS programme, after`,
    params: { personId: person.id, programmeId: programme.id, skip: cypherInt(Math.max(0, offset)) },
  });
  if (!row?.person || !row.programme || !row.after || offset < 0) {
    throw new Error(`The graph lacks a benchmark target: ${JSON.stringify(row)}; load a corpus of at least 20 articles`);
  }
  return {
    personName: person.name,
    personId: person.id,
    programmeId: programme.id,
    statementAfterOffset: offset,
    statementAfterId: row.after,
    searchWord: 'transparency',
  };
}

/** The @neo4j/graphql (graphql-relay) cursor of the item at `offset`. */
function offsetCursor(offset: number): string {
  return Buffer.from(`arrayconnection:${offset}`, 'utf8').toString('base64');
}

function expectArray(value: unknown, what: string): any[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list: ${JSON.stringify(value)?.slice(0, 200)}`);
  return value;
}

const upper = (value: unknown): string => String(value).toUpperCase();

/** The five questions, q1 to q5. */
export const QUESTIONS: Question[] = [
  {
    key: 'q1',
    title: 'entity by name with its affiliations',
    bodies: (t) => ({
      service: {
        operationName: 'EntityByName',
        query: `query EntityByName($name: String!) {
  entities(exactName: $name, kind: PERSON, first: 1) {
    edges { node { id name ... on Person { affiliations { type role organisation { id name } } } } }
  }
}`,
        variables: { name: t.personName },
      },
      neo4jGraphql: {
        operationName: 'EntityByName',
        query: `query EntityByName($name: String!) {
  people(where: { name: { eq: $name } }, limit: 1) {
    id
    name
    affiliatedWithConnection(first: 100, sort: [{ edge: { id: ASC } }]) { edges { properties { id role } node { id name } } }
    memberOfConnection(first: 100, sort: [{ edge: { id: ASC } }]) { edges { properties { id role } node { id name } } }
  }
}`,
        variables: { name: t.personName },
      },
    }),
    canonical(implementation, data) {
      if (implementation === 'neo4jGraphql') {
        const person = expectArray(data.people, 'people')[0];
        const edges = (type: string, connection: any): any[] =>
          expectArray(connection.edges, 'edges').map((e) => ({ relId: e.properties.id, type, role: e.properties.role, organisation: e.node.id }));
        // The service lists both kinds together in relationship id order, at most 100.
        const all = [...edges('AFFILIATED_WITH', person.affiliatedWithConnection), ...edges('MEMBER_OF', person.memberOfConnection)]
          .sort((a, b) => (a.relId < b.relId ? -1 : a.relId > b.relId ? 1 : 0))
          .slice(0, 100)
          .map(({ type, role, organisation }) => [type, role, organisation]);
        return { id: person.id, name: person.name, affiliations: all };
      }
      const node = expectArray(data.entities.edges, 'entities.edges')[0].node;
      return { id: node.id, name: node.name, affiliations: expectArray(node.affiliations, 'affiliations').map((a) => [a.type, a.role, a.organisation.id]) };
    },
  },
  {
    key: 'q2',
    title: 'statements about an entity, with speakers and evidence',
    bodies: (t) => ({
      service: {
        operationName: 'StatementsAbout',
        query: `query StatementsAbout($id: ID!) {
  entity(id: $id) {
    id
    name
    statementsAbout(first: ${PAGE_SIZE}) {
      edges { node { id text stance speaker { id name } evidence { articleId start end excerpt } } }
    }
  }
}`,
        variables: { id: t.programmeId },
      },
      neo4jGraphql: {
        operationName: 'StatementsAbout',
        query: `query StatementsAbout($id: ID!) {
  programmes(where: { id: { eq: $id } }) {
    id
    name
    statementsAboutConnection(first: ${PAGE_SIZE}, sort: [{ node: { id: ASC } }]) {
      edges { node { id text stance articleId start end excerpt speaker { id name } } }
    }
  }
}`,
        variables: { id: t.programmeId },
      },
    }),
    canonical(implementation, data) {
      if (implementation === 'neo4jGraphql') {
        const programme = expectArray(data.programmes, 'programmes')[0];
        return {
          id: programme.id,
          name: programme.name,
          statements: expectArray(programme.statementsAboutConnection.edges, 'edges').map(({ node: s }) => [
            s.id,
            s.text,
            upper(s.stance),
            s.speaker[0]?.id ?? null,
            s.speaker[0]?.name ?? null,
            s.articleId,
            s.start,
            s.end,
            s.excerpt,
          ]),
        };
      }
      const entity = data.entity;
      return {
        id: entity.id,
        name: entity.name,
        statements: expectArray(entity.statementsAbout.edges, 'edges').map(({ node: s }) => [
          s.id,
          s.text,
          s.stance,
          s.speaker?.id ?? null,
          s.speaker?.name ?? null,
          s.evidence.articleId,
          s.evidence.start,
          s.evidence.end,
          s.evidence.excerpt,
        ]),
      };
    },
  },
  {
    key: 'q3',
    title: 'two-level neighbourhood of an entity',
    bodies: (t) => {
      const selection = '{ centerId truncated nodes { id label caption } edges { type sourceId targetId } }';
      return {
        service: {
          operationName: 'Neighbourhood',
          query: `query Neighbourhood($id: ID!) { neighbourhood(id: $id, depth: 2) ${selection} }`,
          variables: { id: t.personId },
        },
        neo4jGraphql: {
          operationName: 'Neighbourhood',
          query: `query Neighbourhood($id: ID!) { neighbourhood(id: $id) ${selection} }`,
          variables: { id: t.personId },
        },
      };
    },
    canonical(_implementation, data) {
      const hood = data.neighbourhood;
      const nodes = expectArray(hood.nodes, 'nodes');
      const edges = expectArray(hood.edges, 'edges');
      // Which 200 nodes a truncated neighbourhood keeps depends on the plan's traversal order, so
      // only the sizes are compared then; an untruncated one is compared whole.
      return {
        centerId: hood.centerId,
        first: nodes[0]?.id,
        truncated: hood.truncated,
        nodeCount: nodes.length,
        nodes: hood.truncated ? null : nodes.map((n) => [n.id, upper(n.label), n.caption]).sort(),
        edges: hood.truncated ? null : edges.map((e) => [upper(e.type), e.sourceId, e.targetId]).sort(),
      };
    },
  },
  {
    key: 'q4',
    title: `a deep page of statements (page ${DEEP_PAGE}, cursor)`,
    bodies: (t) => {
      const selection = `edges { node { id text stance speaker { id name } } } pageInfo { hasNextPage }`;
      return {
        service: {
          operationName: 'StatementsPage',
          query: `query StatementsPage($after: String!) { statements(first: ${PAGE_SIZE}, after: $after) { ${selection} } }`,
          variables: { after: encodeCursor('statement', [t.statementAfterId]) },
        },
        neo4jGraphql: {
          operationName: 'StatementsPage',
          query: `query StatementsPage($after: String!) { statementsConnection(first: ${PAGE_SIZE}, after: $after, sort: [{ id: ASC }]) { ${selection} } }`,
          variables: { after: offsetCursor(t.statementAfterOffset) },
        },
      };
    },
    canonical(implementation, data) {
      const connection = implementation === 'neo4jGraphql' ? data.statementsConnection : data.statements;
      const speakerOf = (s: any): any => (implementation === 'neo4jGraphql' ? s.speaker[0] : s.speaker) ?? null;
      return {
        hasNextPage: connection.pageInfo.hasNextPage,
        statements: expectArray(connection.edges, 'edges').map(({ node: s }) => [
          s.id,
          s.text,
          upper(s.stance),
          speakerOf(s)?.id ?? null,
          speakerOf(s)?.name ?? null,
        ]),
      };
    },
  },
  {
    key: 'q5',
    title: 'full-text search of what was said',
    bodies: (t) => ({
      service: {
        operationName: 'Search',
        query: `query Search($query: String!) { search(query: $query, kinds: [STATEMENT], first: 10) { score node { id statement { id text speaker { id name } } } } }`,
        variables: { query: t.searchWord },
      },
      neo4jGraphql: {
        operationName: 'Search',
        query: `query Search($phrase: String!) { statementsByText(phrase: $phrase, first: 10, sort: [{ score: DESC }]) { edges { score node { id text speaker { id name } } } } }`,
        // The same Lucene query the service builds from the word.
        variables: { phrase: luceneQuery(t.searchWord, 'query') },
      },
    }),
    canonical(implementation, data) {
      const hits =
        implementation === 'neo4jGraphql'
          ? expectArray(data.statementsByText.edges, 'edges').map((e) => ({
              score: e.score,
              id: e.node.id,
              text: e.node.text,
              speaker: e.node.speaker[0]?.id ?? null,
            }))
          : expectArray(data.search, 'search').map((h) => ({
              score: h.score,
              id: h.node.statement.id,
              text: h.node.statement.text,
              speaker: h.node.statement.speaker?.id ?? null,
            }));
      // Hits with equal scores may be cut differently at the end of the list; those above the
      // lowest score shown must agree exactly.
      const lowest = Math.min(...hits.map((h) => h.score));
      return {
        scores: hits.map((h) => Math.round(h.score * 1e4) / 1e4),
        above: hits
          .filter((h) => h.score > lowest)
          .map((h) => [h.id, h.text, h.speaker])
          .sort(),
      };
    },
  },
];
