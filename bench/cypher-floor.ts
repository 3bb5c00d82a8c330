import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../src/config';

/*
 * The floor: each benchmark question answered by one hand-written Cypher statement through
 * neo4j-driver, behind the smallest node:http handler that can take the service's request body
 * (it reads operationName and variables, and ignores the GraphQL text) and answer in the
 * service's response shape. No GraphQL parsing, validation or resolvers: what is left is the
 * database, the driver, JSON and HTTP, which any implementation pays.
 */

interface FloorAnswer {
  cypher: string;
  params(variables: Record<string, unknown>): Record<string, unknown>;
  shape(rows: Record<string, any>[]): unknown;
}

const RELATIONSHIP_TYPES =
  'ABOUT|AFFILIATED_WITH|ALSO_KNOWN_AS|CHANGED|HAS_ROLE|INVOLVES|LOCATED_IN|MEMBER_OF|OCCURRED_IN|PARTICIPATED_IN|PART_OF|SAID|SAID_TO|SET_UP|TARGETS';
const upper = (value: unknown): string => String(value).toUpperCase();

function encodeCursor(list: string, key: string[]): string {
  return Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: unknown): string {
  const decoded = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8')) as string[];
  return String(decoded[1]);
}

const ANSWERS: Record<string, FloorAnswer> = {
  EntityByName: {
    cypher: `
MATCH (e:Person:Entity {name: $name})
WITH e LIMIT 1
CALL {
  WITH e
  MATCH (e)-[r:AFFILIATED_WITH|MEMBER_OF]->(o:Entity)
  WITH r, o ORDER BY r.id LIMIT 100
  RETURN collect({type: type(r), role: r.role, organisation: {id: o.id, name: o.name}}) AS affiliations
}
RETURN e.id AS id, e.name AS name, affiliations`,
    params: (v) => ({ name: v.name }),
    shape: (rows) => ({ entities: { edges: rows.map((row) => ({ node: { id: row.id, name: row.name, affiliations: row.affiliations } })) } }),
  },
  StatementsAbout: {
    cypher: `
MATCH (e:Entity {id: $id})
CALL {
  WITH e
  MATCH (s:Statement)-[:ABOUT]->(e)
  WITH s ORDER BY s.id LIMIT 20
  OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
  RETURN collect({id: s.id, text: s.text, stance: s.stance, speaker: speaker {.id, .name},
                  evidence: {articleId: s.articleId, start: s.start, end: s.end, excerpt: s.excerpt}}) AS statements
}
RETURN e.id AS id, e.name AS name, statements`,
    params: (v) => ({ id: v.id }),
    shape: ([row]) =>
      row
        ? { entity: { id: row.id, name: row.name, statementsAbout: { edges: row.statements.map((s: any) => ({ node: { ...s, stance: upper(s.stance) } })) } } }
        : { entity: null },
  },
  Neighbourhood: {
    cypher: `
MATCH (center:Entity {id: $id})
CALL {
  WITH center
  MATCH (center)-[:${RELATIONSHIP_TYPES}*1..2]-(n)
  WHERE n <> center
  WITH DISTINCT n LIMIT 201
  RETURN collect(n) AS reached
}
WITH center, [center] + reached[..200] AS nodes, size(reached) > 200 AS nodesTruncated
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)-[r:${RELATIONSHIP_TYPES}]->(b)
  WHERE b IN nodes
  WITH r LIMIT 1001
  RETURN collect({type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id}) AS edges
}
RETURN center.id AS centerId,
       [n IN nodes | CASE WHEN n:Statement
          THEN {id: n.id, label: 'STATEMENT', caption: coalesce(head([(sp:Entity)-[:SAID]->(n) | sp.name]), 'someone') + ': ' + n.text}
          ELSE {id: n.id, label: toUpper(n.kind), caption: n.name} END] AS nodes,
       edges[..1000] AS edges, nodesTruncated OR size(edges) > 1000 AS truncated`,
    params: (v) => ({ id: v.id }),
    shape: ([row]) => ({ neighbourhood: row ? { centerId: row.centerId, truncated: row.truncated, nodes: row.nodes, edges: row.edges } : null }),
  },
  StatementsPage: {
    cypher: `
MATCH (s:Statement) WHERE s.id > $after
WITH s ORDER BY s.id LIMIT 21
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
RETURN s.id AS id, s.text AS text, s.stance AS stance, speaker {.id, .name} AS speaker`,
    params: (v) => ({ after: decodeCursor(v.after) }),
    shape: (rows) => ({
      statements: {
        edges: rows.slice(0, 20).map((row) => ({ cursor: encodeCursor('statement', [row.id]), node: { ...row, stance: upper(row.stance) } })),
        pageInfo: { hasNextPage: rows.length > 20 },
      },
    }),
  },
  Search: {
    cypher: `
CALL db.index.fulltext.queryNodes('statement_text', $query) YIELD node, score
WITH node, score LIMIT 10
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(node)
RETURN score, node.id AS id, node.text AS text, speaker {.id, .name} AS speaker`,
    params: (v) => ({ query: luceneWord(String(v.query)) }),
    shape: (rows) => ({
      search: rows.map((row) => ({ score: row.score, node: { id: row.id, statement: { id: row.id, text: row.text, speaker: row.speaker } } })),
    }),
  },
};

/** The statement the floor runs for an operation (for bench/explain.ts). */
export function floorQuery(operationName: string, variables: Record<string, unknown>): { cypher: string; params: Record<string, unknown> } {
  const answer = ANSWERS[operationName];
  if (!answer) throw new Error(`the floor has no answer for ${operationName}`);
  return { cypher: answer.cypher, params: answer.params(variables) };
}

/** The service's Lucene query for one plain word (the benchmark searches one word). */
function luceneWord(word: string): string {
  const lower = word.trim().toLowerCase();
  if (!/^[\p{L}\p{N}']+$/u.test(lower)) throw new Error(`the floor searches for one plain word, got "${word}"`);
  return `(${lower} OR ${lower}*)`;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A running floor server. */
export interface RunningFloor {
  url: string;
  close(): Promise<void>;
}

/** Starts the floor on 127.0.0.1 (a free port), with its own driver. */
export async function startCypherFloor(connection: Neo4jConnectionConfig): Promise<RunningFloor> {
  const driver: Driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), { disableLosslessIntegers: true });
  const server = http.createServer((req, res) => {
    readBody(req)
      .then(async (raw) => {
        const body = JSON.parse(raw) as { operationName?: string; variables?: Record<string, unknown> };
        const answer = ANSWERS[body.operationName ?? ''];
        if (!answer) return send(res, 400, { errors: [{ message: `unknown operation ${String(body.operationName)}` }] });
        // An auto-commit query: the cheapest way through the driver (one RUN, no BEGIN/COMMIT).
        const session = driver.session({ database: connection.database, defaultAccessMode: neo4j.session.READ });
        try {
          const { records } = await session.run(answer.cypher, answer.params(body.variables ?? {}));
          send(res, 200, { data: answer.shape(records.map((record) => record.toObject())) });
        } finally {
          await session.close();
        }
      })
      .catch((error: unknown) => send(res, 500, { errors: [{ message: (error as Error).message }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}
