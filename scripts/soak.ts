/**
 * Soak test: a service with its own embedded Neo4j (temporary data dir, loopback only) under a
 * steady mix of queries and ingests for a few minutes, then a check that nothing acknowledged was
 * lost. Reports requests served, errors (rate-limit refusals are counted apart, as deliberate),
 * latency percentiles, and memory of the Node process and of the Neo4j JVM (start, end, peak, and
 * the heap's trend after warm-up) so a leak shows as a slope.
 *
 *   npm run soak -- --minutes 3 --requests 0 --concurrency 8 --mutation-rate-limit 300
 *
 * --requests 0 means "until the time is up". Exits 1 when any request failed, data was lost, or
 * the graph ended inconsistent. Only 127.0.0.1 is ever contacted.
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { seededRandom } from '../bench/corpus';
import { startService } from '../src/app';
import { loadConfig, REPO_ROOT } from '../src/config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded-neo4j';
import { DatabaseGateway } from '../src/db/gateway';
import { removeArticle } from '../src/loading/loader';
import type { Logger } from '../src/logger';
import { articleFootprint, duplicateIds, expectedFootprint, generatedDocument, orphanEntities } from '../test/reliability/documents';

/** What to run. */
export interface SoakOptions {
  minutes: number;
  /** Stop after this many requests (0: when the time is up). */
  maxRequests: number;
  concurrency: number;
  /** KG_MUTATION_RATE_LIMIT of the service under test (per client per minute; 0: off). */
  mutationRateLimit: number;
  /** Use this Neo4j instead of starting one (the test suite's smoke run does). */
  gateway?: DatabaseGateway;
  /** Seed of the operation mix, so a run can be repeated. */
  seed: number;
  log: (line: string) => void;
}

interface MemorySample {
  atSeconds: number;
  nodeRssMb: number;
  nodeHeapUsedMb: number;
  jvmRssMb: number | null;
  /** The JVM's Java heap in use right after a full GC (`jcmd PID GC.run`), null until read. */
  jvmHeapAfterGcMb: number | null;
}

/** What a run measured. */
export interface SoakReport {
  seconds: number;
  requests: number;
  byKind: Record<string, { count: number; p50: number; p95: number; p99: number; max: number }>;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  errorSamples: string[];
  rateLimited: number;
  serverErrorLogLines: number;
  /** Write transactions the gateway re-ran after losing a race with a concurrent write. */
  writeConflictRetries: number;
  /** The machine's 1-minute load average at the start and the end (the machine may be shared). */
  loadAverage: { start: number; end: number; cpus: number };
  memory: {
    samples: number;
    node: Summary;
    nodeHeap: Summary;
    jvm: Summary | null;
    jvmHeap: Summary | null;
    heapTrendMbPerMinute: number;
    jvmHeapTrendMbPerMinute: number | null;
  };
  data: { articlesChecked: number; lost: number; mismatched: number; duplicateIds: number; orphanEntities: number };
}

interface Summary {
  start: number;
  afterWarmUp: number;
  end: number;
  peak: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
}

/**
 * The Neo4j JVM's live Java heap: a full GC through the attach API, then the generations' "used"
 * figures summed. RSS alone cannot tell a leak from a heap growing towards -Xmx; this can.
 */
async function jvmHeapAfterGcMb(pid: number | undefined): Promise<number | null> {
  if (!pid) return null;
  const jcmd = (command: string): Promise<string> =>
    new Promise((resolve, reject) =>
      execFile('jcmd', [String(pid), command], { timeout: 30_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
  try {
    await jcmd('GC.run');
    const info = await jcmd('GC.heap_info');
    const used = [...info.matchAll(/(?:generation|heap)\s+total \d+K, used (\d+)K/g)].map((m) => Number(m[1]));
    return used.length > 0 ? Math.round((used.reduce((a, b) => a + b, 0) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

function jvmRssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

function summarise(values: number[], warmUpIndex: number): Summary {
  return { start: values[0] ?? 0, afterWarmUp: values[warmUpIndex] ?? 0, end: values[values.length - 1] ?? 0, peak: Math.max(...values) };
}

/** Least-squares slope of y over x. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/** Texts for ingestArticle: the seed article and the extraction evaluation set. */
function ingestTexts(): string[] {
  const texts = [readFileSync(path.join(REPO_ROOT, 'data', 'articles', 'prevent-2017.txt'), 'utf8')];
  for (const split of ['dev', 'heldout']) {
    const dir = path.join(REPO_ROOT, 'test', 'extraction', 'eval', split);
    try {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) texts.push(readFileSync(path.join(dir, name), 'utf8'));
    } catch {
      // No evaluation set here: the seed alone.
    }
  }
  return texts;
}

/** Runs the soak and returns what it measured (main() prints it). */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log;
  let embedded: EmbeddedNeo4j | undefined;
  let dataDir: string | undefined;
  let gateway = options.gateway;
  if (!gateway) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'kg-soak-neo4j-'));
    embedded = await startEmbeddedNeo4j({ dataDir, log });
    gateway = await DatabaseGateway.connect({ uri: embedded.uri, username: embedded.username, password: embedded.password }, { waitMs: 30_000 });
  }
  const apiKey = randomBytes(18).toString('base64url');
  let serverErrorLogLines = 0;
  const logText: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString('utf8');
      if (logText.length < 1000) logText.push(text);
      for (const line of text.split('\n')) if (/"level":(50|60)/.test(line)) serverErrorLogLines++;
      done();
    },
  });
  const logger = pino({ level: 'warn', base: undefined }, sink) as unknown as Logger;
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    NODE_ENV: 'production',
    KG_API_KEY: apiKey,
    KG_LOAD_SEED: 'true',
    KG_MUTATION_RATE_LIMIT: String(options.mutationRateLimit),
  });
  const service = await startService(config, gateway, logger);
  const url = service.url;
  log(`service at ${url}${embedded ? `, Neo4j JVM pid ${embedded.pid}` : ''}`);

  const post = async (body: unknown, withKey: boolean): Promise<{ status: number; json: any }> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(withKey ? { 'x-api-key': apiKey } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    return { status: response.status, json: await response.json() };
  };

  const ids = ((await post({ query: '{ entities(first: 100) { edges { node { id } } } }' }, false)).json.data.entities.edges as { node: { id: string } }[]).map(
    (e) => e.node.id,
  );
  if (ids.length < 2) throw new Error('the seed article did not load: no entities to query');
  // ingestArticle (extraction) is used when this build has it: an empty text is refused as bad input, not as an unknown field.
  const probe = await post({ query: 'mutation { ingestArticle(input: { text: "" }) { id } }' }, true);
  const schemaHasIngest = probe.json.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT';
  const texts = ingestTexts();
  const words = ['prevent', 'police', 'haydon', 'muslim', 'government', 'attack', 'london', 'criticised', 'community', 'bbc', 'scheme', 'terror'];

  // Each worker owns five article ids, so the expected final state of each is known in order.
  const SLOTS = 5;
  const expected = new Map<string, number | 'removed' | 'unknown'>();
  const latencies: Record<string, number[]> = {};
  const errorSamples: string[] = [];
  let errors = 0;
  let rateLimited = 0;
  let requests = 0;
  const began = performance.now();
  const deadline = began + options.minutes * 60_000;
  const done = (): boolean => performance.now() >= deadline || (options.maxRequests > 0 && requests >= options.maxRequests);

  const samples: MemorySample[] = [];
  const jvmHeapReads: Promise<void>[] = [];
  const sample = (): void => {
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    const taken: MemorySample = {
      atSeconds: Math.round((performance.now() - began) / 100) / 10,
      nodeRssMb: Math.round(memory.rss / 2 ** 20),
      nodeHeapUsedMb: Math.round((memory.heapUsed / 2 ** 20) * 10) / 10,
      jvmRssMb: jvmRssMb(embedded?.pid),
      jvmHeapAfterGcMb: null,
    };
    samples.push(taken);
    jvmHeapReads.push(jvmHeapAfterGcMb(embedded?.pid).then((mb) => void (taken.jvmHeapAfterGcMb = mb)));
  };
  sample();
  const loadAtStart = loadavg()[0] ?? 0;
  const retriesAtStart = gateway.writeConflictRetries;
  const sampleEveryMs = Math.max(1_000, Math.min(10_000, (options.minutes * 60_000) / 40));
  const sampler = setInterval(sample, sampleEveryMs);

  const worker = async (w: number): Promise<void> => {
    const next = seededRandom(options.seed + w);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    // paths() refuses a path from an entity to itself (BAD_USER_INPUT), so the two ids differ.
    const pickTwo = (items: readonly string[]): { a: string; b: string } => {
      const a = Math.floor(next() * items.length);
      const b = (a + 1 + Math.floor(next() * (items.length - 1))) % items.length;
      return { a: items[a]!, b: items[b]! };
    };
    while (!done()) {
      requests++;
      const roll = next();
      let kind: string;
      let body: unknown;
      let withKey = false;
      let slotId: string | undefined;
      let version: number | undefined;
      if (roll < 0.14)
        [kind, body] = [
          'entity',
          {
            query:
              'query E($id: ID!) { entity(id: $id) { id name kind aliases articleCount statementsMade(first: 5) { totalCount edges { node { text stance } } } } }',
            variables: { id: pick(ids) },
          },
        ];
      else if (roll < 0.28)
        [kind, body] = [
          'search',
          { query: 'query S($q: String!) { search(query: $q, first: 10) { score node { id label caption } } }', variables: { q: pick(words) } },
        ];
      else if (roll < 0.4)
        [kind, body] = [
          'paths',
          { query: 'query P($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, maxHops: 4, first: 5) { length summary } }', variables: pickTwo(ids) },
        ];
      else if (roll < 0.52)
        [kind, body] = [
          'neighbourhood',
          { query: 'query N($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated nodes { id label } edges { id type } } }', variables: { id: pick(ids) } },
        ];
      else if (roll < 0.62)
        [kind, body] = [
          'timeline',
          { query: 'query T($id: ID!) { timeline(entityId: $id) { truncated entries { title kind } } }', variables: { id: pick(ids) } },
        ];
      else if (roll < 0.74)
        [kind, body] = [
          'statements',
          { query: '{ statements(first: 20) { totalCount edges { node { text kind stance speaker { name } about { name } } } } }' },
        ];
      else if (roll < 0.86)
        [kind, body] = ['articles', { query: '{ articles(first: 10) { totalCount edges { node { id title entities(first: 5) { totalCount } } } } }' }];
      else if (roll < 0.95) {
        slotId = `soak-w${w}-${Math.floor(next() * SLOTS)}`;
        version = 1 + Math.floor(next() * 3);
        withKey = true;
        [kind, body] = [
          'load',
          {
            query: 'mutation L($d: JSONObject!) { loadArticleDocument(document: $d) { id status } }',
            variables: { d: generatedDocument(slotId, { own: 5, version }) },
          },
        ];
      } else if (roll < 0.98 || !schemaHasIngest) {
        slotId = `soak-w${w}-${Math.floor(next() * SLOTS)}`;
        withKey = true;
        [kind, body] = ['remove', { query: 'mutation R($id: ID!) { removeArticle(id: $id) { id removed } }', variables: { id: slotId } }];
      } else {
        withKey = true;
        [kind, body] = [
          'ingest',
          {
            query: 'mutation I($input: IngestArticleInput!) { ingestArticle(input: $input) { id status } }',
            variables: { input: { text: pick(texts), publishedAt: '2024-01-15', source: 'soak' } },
          },
        ];
      }
      const started = performance.now();
      let answer: { status: number; json: any };
      try {
        answer = await post(body, withKey);
      } catch (error) {
        answer = { status: 0, json: { errors: [{ message: (error as Error).message, extensions: { code: 'NETWORK' } }] } };
      }
      const elapsed = performance.now() - started;
      const codes: string[] = (answer.json?.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code ?? 'NONE');
      if (codes.length === 1 && codes[0] === 'RATE_LIMITED' && answer.status === 429) {
        // Refused before any work: timed apart, so they do not flatter the write latencies.
        (latencies['rate-limited'] ??= []).push(elapsed);
        rateLimited++;
        continue;
      }
      (latencies[kind] ??= []).push(elapsed);
      const expectedNotFound = kind === 'remove' && codes.length === 1 && codes[0] === 'NOT_FOUND';
      if (codes.length > 0 && !expectedNotFound) {
        errors++;
        if (slotId) expected.set(slotId, 'unknown');
        if (errorSamples.length < 10) errorSamples.push(`${kind}: HTTP ${answer.status} ${JSON.stringify(answer.json?.errors ?? answer.json).slice(0, 300)}`);
        continue;
      }
      if (kind === 'load' && slotId && version) expected.set(slotId, version);
      if (kind === 'remove' && slotId) expected.set(slotId, 'removed');
    }
  };
  const progress = setInterval(
    () => log(`... ${Math.round((performance.now() - began) / 1000)} s, ${requests} requests, ${errors} errors, ${rateLimited} rate-limited`),
    30_000,
  );
  try {
    await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  } finally {
    clearInterval(sampler);
    clearInterval(progress);
  }
  sample();
  await Promise.all(jvmHeapReads);
  const seconds = (performance.now() - began) / 1000;
  const loadAtEnd = loadavg()[0] ?? 0;
  const writeConflictRetries = gateway.writeConflictRetries - retriesAtStart;

  // Nothing acknowledged may be lost: each slot is as its last acknowledged write left it.
  let lost = 0;
  let mismatched = 0;
  for (const [articleId, state] of expected) {
    if (state === 'unknown') continue;
    const footprint = await articleFootprint(gateway, articleId);
    if (state === 'removed') {
      if (footprint.article !== 0) mismatched++;
      continue;
    }
    if (footprint.article === 0) lost++;
    else if (JSON.stringify(footprint) !== JSON.stringify(expectedFootprint(generatedDocument(articleId, { own: 5, version: state })))) mismatched++;
  }
  const duplicates = (await duplicateIds(gateway)).length;
  const orphans = (await orphanEntities(gateway)).length;

  await service.close();
  if (options.gateway) {
    // The shared database of the test suite: leave no soak article behind.
    for (let w = 0; w < options.concurrency; w++) for (let slot = 0; slot < SLOTS; slot++) await removeArticle(gateway, `soak-w${w}-${slot}`);
  } else {
    await gateway.close();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
  if (logText.join('').includes(apiKey)) {
    errors++;
    errorSamples.push('the API key appeared in the service log');
  }

  const all = Object.values(latencies)
    .flat()
    .sort((a, b) => a - b);
  const byKind: SoakReport['byKind'] = {};
  for (const [kind, values] of Object.entries(latencies)) {
    const sorted = [...values].sort((a, b) => a - b);
    byKind[kind] = {
      count: values.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: percentile(sorted, 100),
    };
  }
  const warmUpIndex = Math.min(samples.length - 1, Math.max(1, Math.floor(samples.length / 5)));
  const afterWarmUp = samples.slice(warmUpIndex);
  const jvm = samples.map((s) => s.jvmRssMb).filter((v): v is number => v !== null);
  const jvmHeap = samples.map((s) => s.jvmHeapAfterGcMb).filter((v): v is number => v !== null);
  const jvmHeapAfterWarmUp = afterWarmUp.filter((s) => s.jvmHeapAfterGcMb !== null);
  return {
    seconds: Math.round(seconds),
    requests: all.length,
    byKind,
    latencyMs: { p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99), max: percentile(all, 100) },
    errors,
    errorSamples,
    rateLimited,
    serverErrorLogLines,
    writeConflictRetries,
    loadAverage: { start: Math.round(loadAtStart * 10) / 10, end: Math.round(loadAtEnd * 10) / 10, cpus: cpus().length },
    memory: {
      samples: samples.length,
      node: summarise(
        samples.map((s) => s.nodeRssMb),
        warmUpIndex,
      ),
      nodeHeap: summarise(
        samples.map((s) => s.nodeHeapUsedMb),
        warmUpIndex,
      ),
      jvm: jvm.length === samples.length ? summarise(jvm, warmUpIndex) : null,
      jvmHeap: jvmHeap.length === samples.length ? summarise(jvmHeap, warmUpIndex) : null,
      heapTrendMbPerMinute:
        Math.round(
          slope(
            afterWarmUp.map((s) => s.atSeconds / 60),
            afterWarmUp.map((s) => s.nodeHeapUsedMb),
          ) * 100,
        ) / 100,
      jvmHeapTrendMbPerMinute:
        jvmHeapAfterWarmUp.length > 2
          ? Math.round(
              slope(
                jvmHeapAfterWarmUp.map((s) => s.atSeconds / 60),
                jvmHeapAfterWarmUp.map((s) => s.jvmHeapAfterGcMb!),
              ) * 100,
            ) / 100
          : null,
    },
    data: {
      articlesChecked: [...expected.values()].filter((s) => s !== 'unknown').length,
      lost,
      mismatched,
      duplicateIds: duplicates,
      orphanEntities: orphans,
    },
  };
}

/** True when the report shows no failure: no error, nothing lost or inconsistent. */
export function soakPassed(report: SoakReport): boolean {
  const { lost, mismatched, duplicateIds: duplicates, orphanEntities: orphans } = report.data;
  return report.errors === 0 && report.serverErrorLogLines === 0 && lost === 0 && mismatched === 0 && duplicates === 0 && orphans === 0;
}

/** The report as lines for people. */
export function formatReport(report: SoakReport, options: Pick<SoakOptions, 'concurrency' | 'mutationRateLimit'>): string {
  const m = report.memory;
  const mem = (label: string, s: Summary | null, unit = 'MB'): string =>
    s
      ? `${label}: start ${s.start} ${unit}, after warm-up ${s.afterWarmUp} ${unit}, end ${s.end} ${unit}, peak ${s.peak} ${unit}`
      : `${label}: not sampled (Neo4j not started by the soak)`;
  return [
    `Soak: ${report.seconds} s, ${report.requests} requests, concurrency ${options.concurrency}, mutation rate limit ${options.mutationRateLimit}/min per client`,
    `Requests by kind: ${Object.entries(report.byKind)
      .map(([kind, k]) => `${kind} ${k.count}`)
      .join(', ')}`,
    `Machine: ${report.loadAverage.cpus} CPUs, 1-minute load average ${report.loadAverage.start} at the start, ${report.loadAverage.end} at the end`,
    `Errors: ${report.errors} (server error log lines: ${report.serverErrorLogLines}); deliberate rate-limit refusals (429): ${report.rateLimited}; writes re-run after a conflict: ${report.writeConflictRetries}`,
    ...report.errorSamples.map((sample) => `  ${sample}`),
    `Latency: p50 ${report.latencyMs.p50} ms, p95 ${report.latencyMs.p95} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms`,
    ...Object.entries(report.byKind).map(([kind, k]) => `  ${kind.padEnd(13)} p50 ${k.p50} ms, p99 ${k.p99} ms, max ${k.max} ms`),
    mem('Node RSS', m.node),
    mem('Node heap used (after GC)', m.nodeHeap),
    mem('Neo4j JVM RSS', m.jvm),
    mem('Neo4j JVM heap used (after full GC)', m.jvmHeap),
    `Node heap trend after warm-up: ${m.heapTrendMbPerMinute} MB/min over ${m.samples} samples`,
    m.jvmHeapTrendMbPerMinute === null ? 'Neo4j JVM heap trend: not sampled' : `Neo4j JVM heap trend after warm-up: ${m.jvmHeapTrendMbPerMinute} MB/min`,
    `Data: ${report.data.articlesChecked} articles checked, lost ${report.data.lost}, mismatched ${report.data.mismatched}, duplicate ids ${report.data.duplicateIds}, orphan entities ${report.data.orphanEntities}`,
    soakPassed(report) ? 'PASSED' : 'FAILED',
  ].join('\n');
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number, got ${process.argv[index + 1]}`);
  return value;
}

async function main(): Promise<void> {
  const options: SoakOptions = {
    minutes: argument('minutes', 3),
    maxRequests: argument('requests', 0),
    concurrency: argument('concurrency', 8),
    mutationRateLimit: argument('mutation-rate-limit', 300),
    seed: argument('seed', 20240501),
    log: (line) => process.stderr.write(`[soak] ${line}\n`),
  };
  if (options.minutes <= 0 && options.maxRequests <= 0) throw new Error('give --minutes or --requests a positive bound');
  if (options.minutes <= 0) options.minutes = 24 * 60;
  const report = await runSoak(options);
  process.stdout.write(`${formatReport(report, options)}\n${JSON.stringify(report)}\n`);
  process.exitCode = soakPassed(report) ? 0 : 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`soak failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
