/**
 * The service over HTTP (startService on port 0): limits, API key, error codes, logs and metrics
 * as a client and an operator see them.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { startService, type RunningService } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { DatabaseGateway } from '../../src/db/gateway';
import type { Logger } from '../../src/logger';
import { clearGraph, connectTestGateway } from '../support/database';
import { smallDocument } from '../support/fixtures';
import { SEED_DIR } from './support';

const API_KEY = 'test-api-key-0123456789';

let gateway: DatabaseGateway;
let service: RunningService;
const logLines: Record<string, unknown>[] = [];

/** A pino logger that keeps its JSON lines for the assertions. */
function capturingLogger(): Logger {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return pino({ level: 'info', base: undefined }, sink) as unknown as Logger;
}

function testConfig(env: Record<string, string>): ReturnType<typeof loadConfig> {
  return loadConfig({ HOST: '127.0.0.1', PORT: '0', KG_SEED_DIR: SEED_DIR, NODE_ENV: 'production', ...env });
}

async function post(body: unknown, headers: Record<string, string> = {}, url = service.url): Promise<{ status: number; json: any }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  gateway = await connectTestGateway();
  await clearGraph(gateway);
  service = await startService(testConfig({ KG_API_KEY: API_KEY }), gateway, capturingLogger());
});

afterAll(async () => {
  await service.close();
  await gateway.close();
});

describe('over HTTP', () => {
  it('answers a query against the seed loaded at start-up', async () => {
    const { status, json } = await post({ query: 'query Who { entity(id: "person:dean-haydon") { name } }', operationName: 'Who' });
    expect(status).toBe(200);
    expect(json).toEqual({ data: { entity: { name: 'Dean Haydon' } } });
  });

  it('refuses a body over 1 MB with 413 before parsing it', async () => {
    const { status, json } = await post({ query: '{ health { status } }', variables: { padding: 'x'.repeat(1_100_000) } });
    expect(status).toBe(413);
    expect(json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers first: 1000 with BAD_USER_INPUT naming the argument and range', async () => {
    const { json } = await post({ query: '{ statements(first: 1000) { totalCount } }' });
    expect(json.errors).toEqual([
      expect.objectContaining({
        message: 'first: must be an integer from 1 to 100 (got 1000)',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  });

  it('refuses a too-deep query before running it, saying the limit', async () => {
    // 15 levels of selection: statements.edges.node.speaker.statementsMade.edges.node.speaker...
    const deep =
      '{ statements(first: 1) { edges { node { speaker { statementsMade(first: 1) { edges { node { speaker { statementsMade(first: 1) { edges { node { speaker { statementsMade(first: 1) { edges { node { text } } } } } } } } } } } } } } } }';
    const { status, json } = await post({ query: deep });
    expect(status).toBe(400);
    expect(json.errors[0].message).toMatch(/^Query refused, too deep: Query depth limit of 14 exceeded, found 1[5-9]\./);
  });

  it('refuses too many aliases, saying the limit', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: health { status }`).join(' ');
    const { status, json } = await post({ query: `{ ${aliases} }` });
    expect(status).toBe(400);
    expect(json.errors[0].message).toMatch(/^Query refused, too many aliases: Aliases limit of 15 exceeded, found 16\./);
  });

  it('refuses a query whose estimated cost is over the limit, with the cost and the limit', async () => {
    const expensive =
      '{ entities(first: 100) { edges { node { statementsMade(first: 100) { edges { node { about { statementsAbout(first: 100) { edges { node { text } } } } } } } } } } }';
    const { status, json } = await post({ query: expensive });
    expect(status).toBe(400);
    expect(json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 25000 });
    expect(json.errors[0].message).toMatch(/^Query is too expensive: its estimated cost is \d+, the limit is 25000\./);
  });

  it('masks field suggestions in production', async () => {
    const { json } = await post({ query: '{ entity(id: "x") { nme } }' });
    expect(json.errors[0].message).not.toMatch(/Did you mean/);
    expect(json.errors[0].extensions).not.toHaveProperty('stacktrace');
  });

  it('writes one structured log line per operation: name, duration, error codes, round trips', async () => {
    logLines.length = 0;
    await post({ query: 'query LogMe { statements(first: 1000) { totalCount } }', operationName: 'LogMe' });
    await post({ query: 'query LogMeToo { entity(id: "programme:prevent") { name } }', operationName: 'LogMeToo' });
    const lines = logLines.filter((line) => line.msg === 'graphql operation');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ operation: 'LogMe', operationType: 'query', errorCodes: ['BAD_USER_INPUT'] });
    expect(lines[1]).toMatchObject({ operation: 'LogMeToo', operationType: 'query', errorCodes: [], roundTrips: 1 });
    expect(typeof lines[1]!.durationMs).toBe('number');
  });

  it('serves Prometheus metrics: requests and duration by operation, Neo4j round trips, Node defaults', async () => {
    await post({ query: 'query MetricsProbe { health { status } }', operationName: 'MetricsProbe' });
    const response = await fetch(`${service.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/kg_graphql_requests_total\{operation="MetricsProbe",outcome="ok"\} 1/);
    expect(text).toMatch(/kg_graphql_request_duration_seconds_bucket\{le="[\d.]+",operation="MetricsProbe"\}/);
    expect(text).toMatch(/kg_neo4j_round_trips_total\{mode="READ"\} [1-9]/);
    expect(text).toMatch(/process_cpu_user_seconds_total/);
    expect(text).toMatch(/nodejs_eventloop_lag_seconds/);
  });

  it('keeps /health and /ready', async () => {
    expect((await fetch(`${service.url}/health`)).status).toBe(200);
    const ready = await fetch(`${service.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ neo4j: 'reachable', migrations: 'applied' });
  });
});

describe('mutations', () => {
  const LOAD = 'mutation Load($document: JSONObject!) { loadArticleDocument(document: $document) { id status entities statements relations mentions } }';
  const REMOVE = 'mutation Remove($id: ID!) { removeArticle(id: $id) { id removed } }';

  it('refuse a write without the API key, or with a wrong one, as UNAUTHENTICATED, and write nothing', async () => {
    for (const headers of [{}, { 'x-api-key': 'wrong' }] as Record<string, string>[]) {
      const { json } = await post({ query: LOAD, variables: { document: smallDocument('http-unauthenticated') } }, headers);
      expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(json.errors[0].message).toMatch(/x-api-key/);
    }
    expect((await post({ query: '{ article(id: "http-unauthenticated") { id } }' })).json.data.article).toBeNull();
  });

  it('load a document with the key, report counts, and make it queryable at once', async () => {
    const { json } = await post({ query: LOAD, variables: { document: smallDocument('http-council') } }, { 'x-api-key': API_KEY });
    expect(json.data.loadArticleDocument).toEqual({ id: 'http-council', status: 'CREATED', entities: 5, statements: 3, relations: 1, mentions: 6 });
    const again = await post({ query: LOAD, variables: { document: smallDocument('http-council') } }, { 'x-api-key': API_KEY });
    expect(again.json.data.loadArticleDocument.status).toBe('UNCHANGED');
    const read = await post({ query: '{ entities(name: "jane smith") { edges { node { id statementsMade { totalCount } } } } }' });
    expect(read.json.data.entities.edges[0].node).toEqual({ id: 'person:jane-smith', statementsMade: { totalCount: 2 } });
  });

  it('refuse an invalid document with BAD_USER_INPUT saying where it is wrong', async () => {
    const document = { ...smallDocument('http-invalid'), statements: [{ id: 's1' }] };
    const { json } = await post({ query: LOAD, variables: { document } }, { 'x-api-key': API_KEY });
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toMatch(/^document: is not a valid article-graph document: \/statements\/0/);
  });

  it('remove an article with the key; NOT_FOUND for an unknown id', async () => {
    const removed = await post({ query: REMOVE, variables: { id: 'http-council' } }, { 'x-api-key': API_KEY });
    expect(removed.json.data.removeArticle).toEqual({ id: 'http-council', removed: true });
    expect((await post({ query: '{ entity(id: "person:jane-smith") { id } }' })).json.data.entity).toBeNull();
    const unknown = await post({ query: REMOVE, variables: { id: 'http-council' } }, { 'x-api-key': API_KEY });
    expect(unknown.json.errors[0]).toMatchObject({ message: 'No article with id "http-council"', extensions: { code: 'NOT_FOUND' } });
  });

  it('are all refused when the server has no API key configured', async () => {
    const keyless = await startService(testConfig({ KG_LOAD_SEED: 'false' }), gateway, capturingLogger());
    try {
      for (const headers of [{}, { 'x-api-key': '' }, { 'x-api-key': API_KEY }] as Record<string, string>[]) {
        const { json } = await post({ query: REMOVE, variables: { id: 'prevent-2017' } }, headers, keyless.url);
        expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    } finally {
      await keyless.close();
    }
    expect((await post({ query: '{ article(id: "prevent-2017") { id } }' })).json.data.article).toEqual({ id: 'prevent-2017' });
  });
});
