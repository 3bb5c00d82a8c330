/**
 * The benchmark harness runs, and the three implementations it compares (this service,
 * @neo4j/graphql over bench/neo4j-graphql/typeDefs.graphql, and the raw-Cypher floor) give the
 * same answers to its five questions. A tiny corpus and a few requests: this checks the harness,
 * it measures nothing (`npm run bench` does).
 */
import type { DatabaseGateway } from '../../src/db/gateway';
import { loadDocuments } from '../../src/loading/batch-loader';
import { corpusDocuments } from '../../bench/corpus';
import { askOnce, formatTable, runQuestions } from '../../bench/harness';
import { findTargets, IMPLEMENTATIONS, QUESTIONS, type QuestionTargets } from '../../bench/questions';
import { startInline, type ServerUnderTest } from '../../bench/servers';
import { clearGraph, connectTestGateway } from '../support/database';

const ARTICLES = 20;

describe('benchmark harness (real Neo4j)', () => {
  let gateway: DatabaseGateway;
  let servers: ServerUnderTest[] = [];
  let targets: QuestionTargets;

  beforeAll(async () => {
    gateway = await connectTestGateway();
    await clearGraph(gateway);
    await loadDocuments(gateway, corpusDocuments(0, ARTICLES), { batchSize: 8 });
    targets = await findTargets(gateway);
    const connection = {
      uri: process.env.KG_TEST_NEO4J_URI!,
      username: process.env.KG_TEST_NEO4J_USERNAME ?? 'neo4j',
      password: process.env.KG_TEST_NEO4J_PASSWORD ?? '',
      database: process.env.KG_TEST_NEO4J_DATABASE || undefined,
    };
    for (const implementation of IMPLEMENTATIONS) servers.push(await startInline(implementation, connection, { logLevel: 'silent' }));
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) await server.close();
    servers = [];
    await gateway.close();
  });

  it.each(QUESTIONS.map((q) => [q.key, q] as const))('%s: the three implementations give the same, non-empty answer', async (_key, question) => {
    const answers = await Promise.all(servers.map((server) => askOnce(server, question, targets)));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(JSON.stringify(answers[0])).not.toMatch(/^\{\}$|^\[\]$/);
  });

  it('drives every question on every implementation with no failed response', async () => {
    const lines: string[] = [];
    const results = await runQuestions(servers, targets, {
      connections: 2,
      requests: 50,
      warmupRequests: 5,
      sampleEvery: 5,
      onResult: (line) => lines.push(line),
    });
    expect(results.map((r) => r.key)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    for (const result of results) {
      expect(result.answersAgree).toBe(true);
      for (const implementation of IMPLEMENTATIONS) {
        const measurement = result.results[implementation]!;
        expect(measurement.requests).toBeGreaterThanOrEqual(50);
        expect(measurement.failures).toBe(0);
        expect(measurement.checked).toBeGreaterThan(0);
        expect(measurement.throughput).toBeGreaterThan(0);
        expect(measurement.p99Ms).toBeGreaterThanOrEqual(measurement.p50Ms);
      }
      expect(result.ratios.vsNeo4jGraphql).toBeGreaterThan(0);
      expect(result.ratios.vsFloor).toBeGreaterThan(0);
    }
    expect(formatTable(results)).toContain('q5 full-text search of what was said');
    expect(lines).toHaveLength(15);
  }, 120_000);
});
