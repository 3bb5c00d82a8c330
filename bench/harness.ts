import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { IMPLEMENTATIONS, QUESTIONS, type GraphQLBody, type Implementation, type Question, type QuestionTargets } from './questions';
import type { ServerUnderTest } from './servers';

/*
 * Drives the servers under test with autocannon over loopback: a fixed number of connections,
 * for a fixed duration or number of requests, after a warm-up. Every response is checked for
 * GraphQL errors, and one in `sampleEvery` is parsed and compared with the reference answer.
 * Latencies are taken from autocannon's per-response timings (sub-millisecond), not from its
 * histogram, which rounds to whole milliseconds.
 */

/** How each question is driven. */
export interface LoadSettings {
  /** Concurrent connections (requests in flight). */
  connections: number;
  /** Seconds of measurement per question and implementation; or a fixed number of requests. */
  durationSeconds?: number;
  requests?: number;
  /** Requests sent before measuring (JIT, plan and page caches). */
  warmupRequests: number;
  /** Parse and compare one response in this many (every response is checked for errors). */
  sampleEvery: number;
}

/** The figures of one question on one implementation. */
export interface Measurement {
  requests: number;
  seconds: number;
  /** Completed requests per second. */
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Responses that were not 200, had GraphQL errors, or (sampled) a different answer; and socket errors. */
  failures: number;
  /** Responses parsed and compared with the reference answer. */
  checked: number;
  /** Neo4j statements per request (the service only: read from its /metrics). */
  roundTripsPerRequest?: number;
  /**
   * CPU milliseconds per request spent by the server process and by Neo4j's JVM (from
   * /proc/<pid>/stat, 10 ms ticks): a cost that the machine's other load inflates far less than
   * it inflates latency, so it explains the throughput figures on a busy machine.
   */
  serverCpuMsPerRequest?: number;
  neo4jCpuMsPerRequest?: number;
}

/** CPU time (user + system) a process has used so far, in milliseconds; undefined where /proc is not readable. */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** A question's results across the implementations. */
export interface QuestionResult {
  key: Question['key'];
  title: string;
  /** True when the implementations that answered gave the same canonical answer. */
  answersAgree: boolean;
  /** Implementations that could not answer at all (the error), and were therefore not measured. */
  failed?: Partial<Record<Implementation, string>>;
  /** Where they differ (canonical answers), when they do. */
  disagreement?: Partial<Record<Implementation, unknown>>;
  /** The canonical answer, shortened, for the record. */
  answerSummary: string;
  results: Partial<Record<Implementation, Measurement>>;
  /** Throughput of the service divided by @neo4j/graphql's and by the floor's. */
  ratios: { vsNeo4jGraphql: number | null; vsFloor: number | null };
}

/** The request body an implementation gets for a question (the floor takes the service's). */
export function bodyFor(question: Question, implementation: Implementation, targets: QuestionTargets): GraphQLBody {
  const bodies = question.bodies(targets);
  return implementation === 'neo4jGraphql' ? bodies.neo4jGraphql : bodies.service;
}

/** Sends one request and returns the canonical answer; throws on HTTP or GraphQL errors. */
export async function askOnce(server: ServerUnderTest, question: Question, targets: QuestionTargets): Promise<unknown> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(bodyFor(question, server.implementation, targets)),
  });
  const text = await response.text();
  return canonicalOf(question, server.implementation, response.status, text);
}

function canonicalOf(question: Question, implementation: Implementation, status: number, text: string): unknown {
  const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (status !== 200 || parsed.errors?.length || !parsed.data) {
    throw new Error(`${implementation} answered ${question.key} with HTTP ${status}: ${text.slice(0, 500)}`);
  }
  return question.canonical(implementation, parsed.data);
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

async function roundTripsSoFar(server: ServerUnderTest): Promise<number | undefined> {
  if (server.implementation !== 'service') return undefined;
  const text = await (await fetch(new URL('/metrics', server.url))).text();
  return [...text.matchAll(/^kg_neo4j_round_trips_total\{[^}]*\} (\d+)/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
}

/** Runs autocannon once; returns the figures. */
async function drive(
  server: ServerUnderTest,
  question: Question,
  body: GraphQLBody,
  expected: unknown,
  run: { durationSeconds?: number; requests?: number; connections: number; sampleEvery: number },
): Promise<Measurement> {
  const latencies: number[] = [];
  let responses = 0;
  let failures = 0;
  let checked = 0;
  const payload = JSON.stringify(body);
  const started = process.hrtime.bigint();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        connections: run.connections,
        ...(run.requests !== undefined ? { amount: run.requests } : { duration: run.durationSeconds ?? 10 }),
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: payload,
            onResponse: (status: number, responseBody: string) => {
              const sampled = responses++ % run.sampleEvery === 0;
              if (status !== 200 || responseBody.includes('"errors":')) {
                failures++;
                return;
              }
              if (!sampled) return;
              checked++;
              try {
                if (!isDeepStrictEqual(canonicalOf(question, server.implementation, status, responseBody), expected)) failures++;
              } catch {
                failures++;
              }
            },
          },
        ],
      },
      (error: Error | null, finished: autocannon.Result) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const sorted = Float64Array.from(latencies).sort();
  const completed = sorted.length;
  return {
    requests: completed,
    seconds: Math.round(seconds * 1000) / 1000,
    throughput: Math.round((completed / seconds) * 10) / 10,
    p50Ms: Math.round(percentile(sorted, 0.5) * 100) / 100,
    p99Ms: Math.round(percentile(sorted, 0.99) * 100) / 100,
    meanMs: Math.round((sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, completed)) * 100) / 100,
    failures: failures + result.errors + result.timeouts,
    checked,
  };
}

/** Warms up, then measures one question on one server; `neo4jPid` lets it count Neo4j's CPU. */
export async function measure(
  server: ServerUnderTest,
  question: Question,
  targets: QuestionTargets,
  expected: unknown,
  settings: LoadSettings & { neo4jPid?: number },
): Promise<Measurement> {
  const body = bodyFor(question, server.implementation, targets);
  if (settings.warmupRequests > 0) {
    await drive(server, question, body, expected, { requests: settings.warmupRequests, connections: settings.connections, sampleEvery: settings.sampleEvery });
  }
  const before = await roundTripsSoFar(server);
  const cpuBefore = { server: processCpuMs(server.pid), neo4j: processCpuMs(settings.neo4jPid) };
  const measurement = await drive(server, question, body, expected, { ...settings, sampleEvery: settings.sampleEvery });
  const cpuAfter = { server: processCpuMs(server.pid), neo4j: processCpuMs(settings.neo4jPid) };
  const after = await roundTripsSoFar(server);
  const perRequest = (from: number | undefined, to: number | undefined): number | undefined =>
    from === undefined || to === undefined ? undefined : Math.round(((to - from) / Math.max(1, measurement.requests)) * 1000) / 1000;
  if (before !== undefined && after !== undefined)
    measurement.roundTripsPerRequest = Math.round(((after - before) / Math.max(1, measurement.requests)) * 100) / 100;
  measurement.serverCpuMsPerRequest = perRequest(cpuBefore.server, cpuAfter.server);
  measurement.neo4jCpuMsPerRequest = perRequest(cpuBefore.neo4j, cpuAfter.neo4j);
  return measurement;
}

function summary(answer: unknown): string {
  const text = JSON.stringify(answer);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/**
 * Asks every question of every server once and compares the answers, then measures each question
 * on each implementation in turn (implementations interleaved per question, so that a change in
 * the machine's load affects all three alike). `rounds` > 1 repeats the measurements and keeps,
 * per question and implementation, the round with the median throughput.
 */
export async function runQuestions(
  servers: readonly ServerUnderTest[],
  targets: QuestionTargets,
  settings: LoadSettings & { rounds?: number; questions?: readonly Question['key'][]; neo4jPid?: number; onResult?: (line: string) => void },
): Promise<QuestionResult[]> {
  const results: QuestionResult[] = [];
  const byImplementation = new Map(servers.map((server) => [server.implementation, server]));
  for (const question of QUESTIONS.filter((q) => !settings.questions || settings.questions.includes(q.key))) {
    const answers = new Map<Implementation, unknown>();
    const failed: Partial<Record<Implementation, string>> = {};
    for (const server of servers) {
      try {
        answers.set(server.implementation, await askOnce(server, question, targets));
      } catch (error) {
        // An implementation that cannot answer (e.g. Neo4j refuses its query's memory) is reported, not measured.
        failed[server.implementation] = (error as Error).message.slice(0, 500);
        settings.onResult?.(`  ${question.key} ${server.implementation.padEnd(12)} FAILED: ${failed[server.implementation]!.slice(0, 300)}`);
      }
    }
    const reference = answers.get('service') ?? answers.values().next().value;
    const answersAgree = [...answers.values()].every((answer) => isDeepStrictEqual(answer, reference));
    const rounds: Partial<Record<Implementation, Measurement[]>> = {};
    for (let round = 0; round < (settings.rounds ?? 1); round++) {
      for (const implementation of IMPLEMENTATIONS) {
        const server = byImplementation.get(implementation);
        if (!server || failed[implementation] !== undefined) continue;
        const measurement = await measure(server, question, targets, answers.get(implementation), settings);
        (rounds[implementation] ??= []).push(measurement);
        const cpu = (value: number | undefined): string => (value === undefined ? '-' : value.toFixed(2));
        settings.onResult?.(
          `  ${question.key} ${implementation.padEnd(12)} ${measurement.throughput.toFixed(0).padStart(6)} req/s  p50 ${measurement.p50Ms.toFixed(2)} ms  p99 ${measurement.p99Ms.toFixed(2)} ms  ` +
            `cpu/request: server ${cpu(measurement.serverCpuMsPerRequest)} ms, neo4j ${cpu(measurement.neo4jCpuMsPerRequest)} ms  failures ${measurement.failures}`,
        );
      }
    }
    const chosen: Partial<Record<Implementation, Measurement>> = {};
    for (const [implementation, list] of Object.entries(rounds) as [Implementation, Measurement[]][]) {
      chosen[implementation] = [...list].sort((a, b) => a.throughput - b.throughput)[Math.floor(list.length / 2)];
    }
    const ours = chosen.service?.throughput;
    const ratio = (other: Measurement | undefined): number | null => (ours && other ? Math.round((ours / other.throughput) * 100) / 100 : null);
    results.push({
      key: question.key,
      title: question.title,
      answersAgree,
      ...(Object.keys(failed).length > 0 ? { failed } : {}),
      ...(answersAgree ? {} : { disagreement: Object.fromEntries(answers) }),
      answerSummary: summary(reference),
      results: chosen,
      ratios: { vsNeo4jGraphql: ratio(chosen.neo4jGraphql), vsFloor: ratio(chosen.cypher) },
    });
  }
  return results;
}

/** The results as a text table: throughput, p50 and p99 of each implementation, and the ratios. */
export function formatTable(results: readonly QuestionResult[]): string {
  const cell = (m: Measurement | undefined, pick: (m: Measurement) => number, digits: number): string => (m ? pick(m).toFixed(digits) : 'failed');
  const header = [
    'question',
    'req/s ours',
    'req/s @neo4j',
    'req/s floor',
    'p50 ours',
    'p50 @neo4j',
    'p50 floor',
    'p99 ours',
    'p99 @neo4j',
    'p99 floor',
    'ours/@neo4j',
    'ours/floor',
    'same answer',
  ];
  const rows = results.map((r) => [
    `${r.key} ${r.title}`,
    cell(r.results.service, (m) => m.throughput, 0),
    cell(r.results.neo4jGraphql, (m) => m.throughput, 0),
    cell(r.results.cypher, (m) => m.throughput, 0),
    cell(r.results.service, (m) => m.p50Ms, 2),
    cell(r.results.neo4jGraphql, (m) => m.p50Ms, 2),
    cell(r.results.cypher, (m) => m.p50Ms, 2),
    cell(r.results.service, (m) => m.p99Ms, 2),
    cell(r.results.neo4jGraphql, (m) => m.p99Ms, 2),
    cell(r.results.cypher, (m) => m.p99Ms, 2),
    r.ratios.vsNeo4jGraphql?.toFixed(2) ?? '-',
    r.ratios.vsFloor?.toFixed(2) ?? '-',
    r.answersAgree ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
