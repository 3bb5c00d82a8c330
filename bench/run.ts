import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, type Neo4jConnectionConfig } from '../src/config';
import { startEmbeddedNeo4j } from '../src/db/embedded-neo4j';
import { DatabaseGateway } from '../src/db/gateway';
import { applyMigrations } from '../src/db/migrations';
import { loadDocuments } from '../src/loading/batch-loader';
import { loadDocument } from '../src/loading/loader';
import { corpusDocuments, DEFAULT_CORPUS_SEED } from './corpus';
import { formatTable, processCpuMs, runQuestions, type LoadSettings, type QuestionResult } from './harness';
import { findTargets, IMPLEMENTATIONS, type QuestionTargets } from './questions';
import { startInProcess, type ServerUnderTest } from './servers';

/*
 * `npm run bench`: loads a synthetic corpus of growing size (1k, 10k, 100k articles by default)
 * through the batch loader into one Neo4j, and at each size measures the five questions on this
 * service, on @neo4j/graphql and on the raw-Cypher floor, each server in a process of its own.
 * Prints a table per size and writes bench/results.json. Options (all optional):
 *   --sizes 1000,10000,100000   corpus sizes, ascending (each adds articles to the previous)
 *   --duration 10               seconds of measurement per question and implementation
 *   --connections 8             concurrent connections
 *   --warmup 300                warm-up requests before each measurement
 *   --rounds 1                  repeat the measurements, keep the median round
 *   --batch-size 250            articles per write transaction when loading
 *   --questions q1,q3           only these questions
 *   --cpu-prof DIR              write V8 CPU profiles of the three servers to DIR
 *   --load-only                 load the corpus sizes and report the load figures, measure no query
 *   --out bench/results.json    where to write the results
 * Neo4j: NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) when set, whose database is WIPED; else an
 * embedded Neo4j 5.26 in a temporary folder (heap KG_BENCH_HEAP, default 2g; page cache
 * KG_BENCH_PAGE_CACHE, default 2g). Traffic goes to 127.0.0.1 only.
 */

interface Options extends LoadSettings {
  sizes: number[];
  rounds: number;
  batchSize: number;
  questions?: ('q1' | 'q2' | 'q3' | 'q4' | 'q5')[];
  cpuProfileDir?: string;
  loadOnly: boolean;
  out: string;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const int = (name: string, fallback: number): number => {
    const raw = value(name);
    const parsed = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} must be a positive whole number (got ${raw})`);
    return parsed;
  };
  const sizes = (value('sizes') ?? '1000,10000,100000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !Number.isInteger(s) || s < 100) || sizes.some((s, i) => i > 0 && s <= sizes[i - 1]!)) {
    throw new Error('--sizes must be ascending whole numbers of at least 100, e.g. 1000,10000');
  }
  return {
    sizes,
    durationSeconds: int('duration', 10),
    connections: int('connections', 8),
    warmupRequests: int('warmup', 300),
    sampleEvery: int('sample-every', 25),
    rounds: int('rounds', 1),
    batchSize: int('batch-size', 250),
    questions: value('questions')?.split(',') as Options['questions'],
    cpuProfileDir: value('cpu-prof'),
    loadOnly: argv.includes('--load-only'),
    out: path.resolve(value('out') ?? path.join(REPO_ROOT, 'bench', 'results.json')),
  };
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The machine the figures come from. */
function machineInfo(neo4jVersion: string): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    neo4j: neo4jVersion,
    neo4jDriver: packageVersion('neo4j-driver'),
    neo4jGraphql: packageVersion('@neo4j/graphql'),
    apolloServer: packageVersion('@apollo/server'),
    typeGraphql: packageVersion('type-graphql'),
    autocannon: packageVersion('autocannon'),
  };
}

const loadAverage = (): number[] => os.loadavg().map((value) => Math.round(value * 100) / 100);

async function provision(
  log: (message: string) => void,
): Promise<{ connection: Neo4jConnectionConfig; description: string; pid?: number; stop(): Promise<void> }> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    return {
      connection: {
        uri,
        username: process.env.NEO4J_USERNAME ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: process.env.NEO4J_DATABASE || undefined,
      },
      description: `Neo4j at ${uri} (NEO4J_URI)`,
      // Its CPU is counted only when its process runs here and KG_BENCH_NEO4J_PID names it.
      pid: process.env.KG_BENCH_NEO4J_PID ? Number(process.env.KG_BENCH_NEO4J_PID) : undefined,
      stop: async () => {},
    };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-neo4j-'));
  const heap = process.env.KG_BENCH_HEAP ?? '2g';
  const pageCache = process.env.KG_BENCH_PAGE_CACHE ?? '2g';
  const embedded = await startEmbeddedNeo4j({ dataDir, heap, pageCache, log });
  return {
    connection: { uri: embedded.uri, username: embedded.username, password: embedded.password },
    description: `embedded Neo4j ${embedded.version} (heap ${heap}, page cache ${pageCache}, serial GC)`,
    pid: embedded.pid,
    stop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function wipe(connection: Neo4jConnectionConfig): Promise<void> {
  const gateway = await DatabaseGateway.connect(connection, { waitMs: 30_000 });
  const session = gateway.driver.session({ database: connection.database });
  try {
    // In batches: one transaction deleting a large graph would need its whole size in heap.
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await gateway.close();
  }
}

interface SizeResult {
  articles: number;
  load: {
    articlesLoaded: number;
    seconds: number;
    articlesPerSecond: number;
    batchSize: number;
    /**
     * CPU milliseconds per article of this process (generating, validating, planning, sending)
     * and of Neo4j: on a machine shared with other work these say more than the wall-clock rate;
     * with both on a free core each, the rate would be about 1000 / the larger of the two.
     */
    loaderCpuMsPerArticle: number;
    neo4jCpuMsPerArticle?: number;
    oneByOne?: { articles: number; articlesPerSecond: number };
  };
  graph: Record<string, number>;
  targets: QuestionTargets;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  questions: QuestionResult[];
}

async function graphSize(gateway: DatabaseGateway, targets: QuestionTargets): Promise<Record<string, number>> {
  const [row] = await gateway.read<Record<string, number>>({
    cypher: `
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (s:Statement) RETURN count(s) AS statements }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL { MATCH (:Statement)-[r:ABOUT]->(:Entity {id: $programmeId}) RETURN count(r) AS statementsAboutQ2Target }
CALL { MATCH (:Entity {id: $personId})-[r:AFFILIATED_WITH|MEMBER_OF]->() RETURN count(r) AS affiliationsOfQ1Target }
RETURN articles, entities, statements, relationships, statementsAboutQ2Target, affiliationsOfQ1Target`,
    params: { programmeId: targets.programmeId, personId: targets.personId },
  });
  return row ?? {};
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = (message: string): void => {
    process.stderr.write(`${message}\n`);
  };
  const neo4j = await provision(log);
  const servers: ServerUnderTest[] = [];
  try {
    log(`using ${neo4j.description}`);
    await wipe(neo4j.connection);
    const gateway = await DatabaseGateway.connect(neo4j.connection, { waitMs: 30_000 });
    await applyMigrations(gateway);
    const neo4jVersion = await gateway.serverVersion();
    const sizes: SizeResult[] = [];
    const output = (): Record<string, unknown> => ({
      generatedAt: new Date().toISOString(),
      machine: machineInfo(neo4jVersion),
      neo4j: neo4j.description,
      settings: { ...options, out: undefined, corpusSeed: DEFAULT_CORPUS_SEED },
      sizes,
    });
    let loaded = 0;
    for (const size of options.sizes) {
      const startedLoad = process.hrtime.bigint();
      let oneByOne: SizeResult['load']['oneByOne'];
      if (loaded === 0) {
        // For comparison: the first articles through loadDocument, one write transaction each.
        const count = Math.min(100, size);
        const started = process.hrtime.bigint();
        for (const doc of corpusDocuments(0, count)) await loadDocument(gateway, doc);
        oneByOne = { articles: count, articlesPerSecond: Math.round(count / (Number(process.hrtime.bigint() - started) / 1e9)) };
        loaded = count;
        log(`loaded ${count} articles one by one: ${oneByOne.articlesPerSecond} articles/s`);
      }
      const batchStarted = process.hrtime.bigint();
      const cpuBefore = { loader: process.cpuUsage(), neo4j: processCpuMs(neo4j.pid) };
      const batchFrom = loaded;
      for (let from = loaded; from < size; from += 10_000) {
        const to = Math.min(size, from + 10_000);
        await loadDocuments(gateway, corpusDocuments(from, to), { batchSize: options.batchSize });
        log(`loaded ${to} articles`);
      }
      const batchSeconds = Number(process.hrtime.bigint() - batchStarted) / 1e9;
      const loaderCpu = process.cpuUsage(cpuBefore.loader);
      const neo4jCpuAfter = processCpuMs(neo4j.pid);
      const articlesLoaded = size - batchFrom;
      loaded = size;
      const load: SizeResult['load'] = {
        articlesLoaded,
        seconds: Math.round(batchSeconds * 10) / 10,
        articlesPerSecond: Math.round(articlesLoaded / batchSeconds),
        batchSize: options.batchSize,
        loaderCpuMsPerArticle: Math.round(((loaderCpu.user + loaderCpu.system) / 1000 / articlesLoaded) * 100) / 100,
        ...(cpuBefore.neo4j !== undefined && neo4jCpuAfter !== undefined
          ? { neo4jCpuMsPerArticle: Math.round(((neo4jCpuAfter - cpuBefore.neo4j) / articlesLoaded) * 100) / 100 }
          : {}),
        ...(oneByOne ? { oneByOne } : {}),
      };
      log(
        `batch load: ${articlesLoaded} articles in ${load.seconds} s (${load.articlesPerSecond} articles/s; CPU per article: loader ${load.loaderCpuMsPerArticle} ms, ` +
          `Neo4j ${load.neo4jCpuMsPerArticle ?? '-'} ms); whole step ${(Number(process.hrtime.bigint() - startedLoad) / 1e9).toFixed(1)} s`,
      );
      const targets = await findTargets(gateway);
      const graph = await graphSize(gateway, targets);
      log(`graph: ${JSON.stringify(graph)}`);
      if (options.loadOnly) {
        sizes.push({ articles: size, load, graph, targets, loadAverageBefore: loadAverage(), loadAverageAfter: loadAverage(), questions: [] });
        writeFileSync(options.out, `${JSON.stringify(output(), null, 2)}\n`);
        continue;
      }

      for (const implementation of IMPLEMENTATIONS) {
        const execArgv = options.cpuProfileDir
          ? ['--cpu-prof', `--cpu-prof-dir=${path.join(options.cpuProfileDir, `${size}`)}`, `--cpu-prof-name=${implementation}.cpuprofile`]
          : [];
        servers.push(await startInProcess(implementation, neo4j.connection, undefined, execArgv));
      }
      const loadAverageBefore = loadAverage();
      log(`measuring at ${size} articles (load average ${loadAverageBefore.join(', ')})`);
      const questions = await runQuestions(servers, targets, { ...options, neo4jPid: neo4j.pid, onResult: log });
      const loadAverageAfter = loadAverage();
      for (const server of servers.splice(0)) await server.close();
      sizes.push({ articles: size, load, graph, targets, loadAverageBefore, loadAverageAfter, questions });
      process.stdout.write(
        `\n${size} articles (${graph.statements} statements, ${graph.entities} entities; load average ${loadAverageBefore.join(' ')} → ${loadAverageAfter.join(' ')})\n`,
      );
      process.stdout.write(`${formatTable(questions)}\n`);
      for (const q of questions.filter((r) => !r.answersAgree))
        process.stdout.write(`!! ${q.key}: the implementations disagree: ${JSON.stringify(q.disagreement).slice(0, 2000)}\n`);
      writeFileSync(options.out, `${JSON.stringify(output(), null, 2)}\n`);
    }
    process.stdout.write(`\n${formatScale(sizes)}\nresults written to ${path.relative(process.cwd(), options.out)}\n`);
    await gateway.close();
  } finally {
    for (const server of servers) await server.close();
    await neo4j.stop();
  }
}

/** p50 of the service per question at each size, and load throughput. */
function formatScale(sizes: readonly SizeResult[]): string {
  const first = sizes[0];
  if (!first) return '';
  const lines = ['scale (this service): p50 ms / p99 ms per question; last column: p50 at the largest size ÷ p50 at the smallest'];
  for (const question of first.questions) {
    const cells = sizes.map((size) => {
      const m = size.questions.find((q) => q.key === question.key)?.results.service;
      return m ? `${m.p50Ms.toFixed(2)} / ${m.p99Ms.toFixed(2)}` : '-';
    });
    const last = sizes[sizes.length - 1]!.questions.find((q) => q.key === question.key)?.results.service;
    const ratio = last && question.results.service ? (last.p50Ms / question.results.service.p50Ms).toFixed(2) : '-';
    lines.push(`  ${question.key.padEnd(3)} ${cells.map((c) => c.padStart(16)).join('')}  ${ratio}x`);
  }
  lines.push(`  load: ${sizes.map((s) => `${s.articles} articles at ${s.load.articlesPerSecond} articles/s`).join('; ')}`);
  return lines.join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
