/**
 * A small run of the soak (scripts/soak.ts) on the suite's Neo4j, so the script keeps working
 * between real soaks (`npm run soak`): mixed queries and ingests, no error, nothing lost.
 */
import type { DatabaseGateway } from '../../src/db/gateway';
import { formatReport, runSoak, soakPassed } from '../../scripts/soak';
import { clearGraph, connectTestGateway } from '../support/database';

let gateway: DatabaseGateway;

beforeAll(async () => {
  gateway = await connectTestGateway();
  await clearGraph(gateway);
});
afterAll(async () => {
  await clearGraph(gateway);
  await gateway.close();
});

it('serves 120 mixed requests from 4 clients with no error and loses nothing', async () => {
  const options = { minutes: 2, maxRequests: 120, concurrency: 4, mutationRateLimit: 0, seed: 7, gateway, log: () => {} };
  const report = await runSoak(options);
  const text = formatReport(report, options);
  expect({ passed: soakPassed(report), errors: report.errorSamples }).toEqual({ passed: true, errors: [] });
  expect(report.requests).toBeGreaterThanOrEqual(120);
  expect(report.byKind.load?.count ?? 0).toBeGreaterThan(0);
  expect(text).toMatch(/^Latency: p50 [\d.]+ ms, p95 [\d.]+ ms, p99 [\d.]+ ms/m);
}, 180_000);
