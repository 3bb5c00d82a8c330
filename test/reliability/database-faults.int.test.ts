/**
 * Database faults against a Neo4j of this test's own (its own temporary data dir and Bolt port,
 * separate from the run's shared one): stopped while the service serves, killed with SIGKILL in
 * the middle of a batch of ingests, and not yet started when the service starts. Each time the
 * service must answer quickly and clearly, stay up, lose nothing it acknowledged, leave no
 * article half-written, and recover without a restart.
 */
import { startService, startWithProvisionedNeo4j, type RunningService } from '../../src/app';
import { DatabaseGateway } from '../../src/db/gateway';
import { applyMigrations } from '../../src/db/migrations';
import type { ArticleGraphDocument } from '../../src/document/article-graph';
import { articleFootprint, duplicateIds, expectedFootprint, generatedDocument, orphanEntities, SHARED_ENTITIES } from './documents';
import { capturingLogger, OwnNeo4j, postGraphQL, reportFigure, testConfig, waitFor } from './support';

const API_KEY = 'faults-api-key-0123456789';
const LOAD = 'mutation Load($document: JSONObject!) { loadArticleDocument(document: $document) { id status } }';
const READ = 'query Read($id: ID!) { article(id: $id) { id entities(first: 5) { totalCount } } }';

let neo4j: OwnNeo4j;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  neo4j = await OwnNeo4j.create();
  await neo4j.start();
}, 180_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await neo4j.dispose();
});

afterEach(() => {
  // "The process stays up": no driver or server error escaped as an unhandled rejection.
  expect(unhandled).toEqual([]);
});

async function connect(): Promise<DatabaseGateway> {
  const gateway = await DatabaseGateway.connect({ uri: neo4j.uri, username: 'neo4j', password: neo4j.current!.password }, { waitMs: 30_000 });
  await applyMigrations(gateway);
  return gateway;
}

/**
 * Loads documents over HTTP with `workers` clients, as a batch ingester would: each worker takes
 * the next document, and stops at its first failure (the batch is re-run later).
 */
async function ingestBatch(
  url: string,
  docs: ArticleGraphDocument[],
  workers: number,
  onAcknowledged: (count: number) => void = () => {},
): Promise<{ acknowledged: Map<string, string>; failed: Map<string, string>; inFlightAtFailure: number }> {
  const acknowledged = new Map<string, string>();
  const failed = new Map<string, string>();
  let next = 0;
  let inFlight = 0;
  let inFlightAtFailure = 0;
  const worker = async (): Promise<void> => {
    while (next < docs.length) {
      const doc = docs[next++]!;
      inFlight++;
      const { json } = await postGraphQL(url, { query: LOAD, variables: { document: doc } }, { 'x-api-key': API_KEY }).catch((error: Error) => ({
        json: { errors: [{ extensions: { code: `HTTP ${error.message}` } }] },
      }));
      inFlight--;
      const status = json?.data?.loadArticleDocument?.status as string | undefined;
      if (status) {
        acknowledged.set(doc.article.id, status);
        onAcknowledged(acknowledged.size);
        continue;
      }
      if (failed.size === 0) inFlightAtFailure = inFlight + 1;
      failed.set(doc.article.id, String(json?.errors?.[0]?.extensions?.code));
      return;
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { acknowledged, failed, inFlightAtFailure };
}

// Each case stops and restarts a real Neo4j JVM: on a loaded two-core machine that alone can take
// most of a minute, so the per-test budget is wider than the suite default. The time bounds that
// matter (SERVICE_UNAVAILABLE within 5 s) are asserted inside the tests.
jest.setTimeout(300_000);

describe('when Neo4j stops while the service is serving', () => {
  let gateway: DatabaseGateway;
  let service: RunningService;

  beforeAll(async () => {
    gateway = await connect();
    service = await startService(testConfig({ KG_API_KEY: API_KEY }), gateway, capturingLogger().logger);
  });
  afterAll(async () => {
    await service.close();
    await gateway.close();
  });

  it('turns /ready to 503 and answers GraphQL with SERVICE_UNAVAILABLE within 5 s, stays up, and recovers on the same port without a restart', async () => {
    const doc = generatedDocument('before-the-stop', { own: 3 });
    expect((await postGraphQL(service.url, { query: LOAD, variables: { document: doc } }, { 'x-api-key': API_KEY })).json.data.loadArticleDocument.status).toBe(
      'CREATED',
    );
    expect((await fetch(`${service.url}/ready`)).status).toBe(200);

    await neo4j.stop();
    const ready = await fetch(`${service.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ neo4j: 'unreachable', migrations: 'pending' });
    expect((await fetch(`${service.url}/health`)).status).toBe(200);

    // Ten reads and two writes at once, while Neo4j is down.
    const attempts = await Promise.all([
      ...Array.from({ length: 10 }, () => postGraphQL(service.url, { query: READ, variables: { id: 'before-the-stop' } })),
      ...Array.from({ length: 2 }, (_, i) =>
        postGraphQL(service.url, { query: LOAD, variables: { document: generatedDocument(`during-the-stop-${i}`) } }, { 'x-api-key': API_KEY }),
      ),
    ]);
    for (const attempt of attempts) {
      expect(attempt.json.errors[0]).toMatchObject({
        message: 'The graph database is unavailable; try again shortly',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      // Nothing could be answered, so proxies and retrying clients see the outage in the status line.
      expect(attempt.status).toBe(503);
      expect(attempt.headers.get('retry-after')).toBe('5');
      expect(attempt.ms).toBeLessThan(5_000);
    }
    reportFigure('stop: slowest SERVICE_UNAVAILABLE answer (ms)', Math.max(...attempts.map((a) => a.ms)));

    await neo4j.start();
    let probes = 0;
    const recoveredMs = await waitFor(
      async () => {
        probes++;
        const probe = await postGraphQL(service.url, { query: READ, variables: { id: 'before-the-stop' } });
        return probe.json?.data?.article != null;
      },
      30_000,
      'GraphQL after restart',
    );
    reportFigure('stop: GraphQL answering again after Neo4j was back (ms, probes)', [recoveredMs, probes]);
    expect((await fetch(`${service.url}/ready`)).status).toBe(200);
    expect((await postGraphQL(service.url, { query: READ, variables: { id: 'before-the-stop' } })).json.data.article).toEqual({
      id: 'before-the-stop',
      entities: { totalCount: doc.entities.length },
    });
    expect(await articleFootprint(gateway, 'before-the-stop')).toEqual(expectedFootprint(doc));
    // The writes refused during the outage wrote nothing.
    expect(await articleFootprint(gateway, 'during-the-stop-0')).toEqual({ article: 0, mentions: 0, statements: 0, relations: 0 });
  });
});

describe('when Neo4j is killed (SIGKILL) in the middle of a batch of ingests', () => {
  let gateway: DatabaseGateway;
  let service: RunningService;

  beforeAll(async () => {
    if (!neo4j.current) await neo4j.start();
    gateway = await connect();
    service = await startService(testConfig({ KG_API_KEY: API_KEY }), gateway, capturingLogger().logger);
  });
  afterAll(async () => {
    await service.close();
    await gateway.close();
  });

  it('leaves every article wholly present or wholly absent, keeps every acknowledged one, and a re-run completes the rest without duplicates', async () => {
    // 24 articles of 33 entities each, all sharing three entities: transactions big enough that
    // some are in flight when the JVM dies.
    const docs = Array.from({ length: 24 }, (_, i) => generatedDocument(`batch-${i}`, { own: 30 }));
    const rounds: { acknowledged: number; failed: number; inFlightAtFailure: number; present: number; absent: number }[] = [];

    for (const killAfter of [4, 12]) {
      let killed: Promise<void> | undefined;
      const batch = await ingestBatch(service.url, docs, 4, (count) => {
        if (count >= killAfter && !killed) killed = neo4j.kill();
      });
      await killed;
      expect(batch.failed.size).toBeGreaterThan(0);
      for (const code of batch.failed.values()) expect(code).toBe('SERVICE_UNAVAILABLE');

      await neo4j.start();
      await waitFor(async () => (await fetch(`${service.url}/ready`)).status === 200, 60_000, '/ready after the kill');
      let present = 0;
      let absent = 0;
      for (const doc of docs) {
        const footprint = await articleFootprint(gateway, doc.article.id);
        if (footprint.article === 0) {
          expect(footprint).toEqual({ article: 0, mentions: 0, statements: 0, relations: 0 });
          // Nothing acknowledged may be lost.
          expect(batch.acknowledged.has(doc.article.id)).toBe(false);
          absent++;
        } else {
          expect(footprint).toEqual(expectedFootprint(doc));
          present++;
        }
      }
      expect(await duplicateIds(gateway)).toEqual([]);
      rounds.push({ acknowledged: batch.acknowledged.size, failed: batch.failed.size, inFlightAtFailure: batch.inFlightAtFailure, present, absent });
    }

    const rerun = await ingestBatch(service.url, docs, 4);
    expect(rerun.failed.size).toBe(0);
    const statuses = [...rerun.acknowledged.values()];
    expect(statuses.filter((s) => s === 'UNCHANGED')).toHaveLength(rounds[1]!.present);
    expect(statuses.filter((s) => s === 'CREATED')).toHaveLength(rounds[1]!.absent);
    for (const doc of docs) expect(await articleFootprint(gateway, doc.article.id)).toEqual(expectedFootprint(doc));
    expect(await duplicateIds(gateway)).toEqual([]);
    expect(await orphanEntities(gateway)).toEqual([]);
    const [shared] = await gateway.read<{ mentions: number }>({
      cypher: 'MATCH (e:Entity {id: $id})-[m:MENTIONED_IN]->(a:Article) WHERE a.id STARTS WITH "batch-" RETURN count(m) AS mentions',
      params: { id: SHARED_ENTITIES[0].id },
    });
    expect(shared!.mentions).toBe(docs.length);
    reportFigure('kill: rounds (acknowledged, failed, in flight at the failure, present after restart, absent)', rounds);
  }, 240_000);
});

describe('when the service starts before Neo4j is reachable', () => {
  it('waits with bounded retries, logging each one clearly, then serves', async () => {
    if (neo4j.current) await neo4j.stop();
    const password = (await import('node:fs')).readFileSync(`${neo4j.dataDir}/kg-password`, 'utf8').trim();
    const { logger, lines } = capturingLogger();
    const starting = startWithProvisionedNeo4j(
      testConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: password, KG_API_KEY: API_KEY, KG_NEO4J_WAIT_MS: '120000' }),
      logger,
    );
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await neo4j.start();
    const started = await starting;
    try {
      const retries = lines.filter((line) => line.level === 40 && /not reachable yet/.test(String(line.msg)));
      expect(retries.length).toBeGreaterThanOrEqual(2);
      expect(retries[0]).toMatchObject({
        attempt: 1,
        uri: neo4j.uri,
        msg: expect.stringMatching(
          /^Neo4j at bolt:\/\/127\.0\.0\.1:\d+ not reachable yet \(attempt 1\); retrying until KG_NEO4J_WAIT_MS=120000 ms have passed$/,
        ),
      });
      expect(JSON.stringify(lines)).not.toContain(password);
      const doc = generatedDocument('after-a-late-start', { own: 2 });
      const loaded = await postGraphQL(started.service.url, { query: LOAD, variables: { document: doc } }, { 'x-api-key': API_KEY });
      expect(loaded.json.data.loadArticleDocument.status).toBe('CREATED');
      const { json } = await postGraphQL(started.service.url, { query: READ, variables: { id: 'after-a-late-start' } });
      expect(json.data.article).toEqual({ id: 'after-a-late-start', entities: { totalCount: doc.entities.length } });
      reportFigure('late start: retries logged before Neo4j answered', retries.length);
    } finally {
      await started.close();
    }
  }, 120_000);

  it('gives up after KG_NEO4J_WAIT_MS with an error naming the URI and what to check', async () => {
    if (neo4j.current) await neo4j.stop();
    const began = Date.now();
    await expect(
      startWithProvisionedNeo4j(testConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: 'x', KG_NEO4J_WAIT_MS: '2000' }), capturingLogger().logger),
    ).rejects.toThrow(new RegExp(`^Could not connect to Neo4j at ${neo4j.uri.replace(/[.]/g, '\\.')}: .*check that the server is running`));
    expect(Date.now() - began).toBeLessThan(10_000);
  }, 30_000);
});
