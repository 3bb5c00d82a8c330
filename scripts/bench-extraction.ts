/**
 * `npm run bench:extraction [-- --seconds N] [--ingest N] [--no-ingest]`: articles per second for
 * extraction of ~5 KB articles on one core, and for ingest (extract, resolve, load) into Neo4j —
 * NEO4J_URI when set, else the embedded Neo4j (a throw-away data folder, so no real graph is touched).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadConfig } from '../src/config';
import { DatabaseGateway } from '../src/db/gateway';
import { applyMigrations } from '../src/db/migrations';
import { provisionNeo4j } from '../src/db/provision';
import { loadEvalSplit } from '../src/extraction/eval-set';
import { extractArticle } from '../src/extraction/extract';
import { ingestText, ingestTexts } from '../src/extraction/ingest';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** ~5 KB articles made of the evaluation passages (real news prose), each a distinct text. */
async function benchmarkArticles(): Promise<{ text: string; publishedAt: string }[]> {
  const passages = [...(await loadEvalSplit('dev')), ...(await loadEvalSplit('heldout'))];
  const articles: { text: string; publishedAt: string }[] = [];
  for (let i = 0; i < passages.length; i++) {
    let text = '';
    for (let k = 0; text.length < 5000; k++) text += `${passages[(i + k) % passages.length]!.text.trim()}\n\n`;
    articles.push({ text: text.trim(), publishedAt: passages[i]!.publishedAt });
  }
  return articles;
}

async function main(): Promise<void> {
  const seconds = option('seconds', 5);
  const articles = await benchmarkArticles();
  const averageKb = articles.reduce((sum, a) => sum + a.text.length, 0) / articles.length / 1024;

  // Warm-up: the word lists load once per process (~0.3 s) and the JIT settles.
  const warmStart = Date.now();
  for (const article of articles) extractArticle(article);
  process.stdout.write(`warm-up (word lists load once per process): ${Date.now() - warmStart} ms\n`);

  let count = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    extractArticle(articles[count % articles.length]!);
    count++;
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  // CPU time of this single-threaded process: the rate one core gives, even on a busy machine.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stdout.write(
    `extraction: ${count} articles of ${averageKb.toFixed(1)} KB; wall ${elapsed.toFixed(2)} s = ${(count / elapsed).toFixed(1)} articles/s; ` +
      `CPU ${cpuSeconds.toFixed(2)} s = ${(count / cpuSeconds).toFixed(1)} articles/s per core (${((cpuSeconds / count) * 1000).toFixed(2)} ms each)\n`,
  );

  if (process.argv.includes('--no-ingest')) return;
  const ingestCount = option('ingest', 100);
  const config = loadConfig();
  const dataDir = config.neo4j ? undefined : mkdtempSync(path.join(tmpdir(), 'kg-bench-neo4j-'));
  const neo4j = await provisionNeo4j(dataDir ? { ...config, embeddedDataDir: dataDir } : config, (message) => process.stderr.write(`${message}\n`));
  try {
    const gateway = await DatabaseGateway.connect(neo4j.connection, { waitMs: 60_000 });
    try {
      await applyMigrations(gateway);
      // A distinct text per article, so each is a new article rather than an unchanged re-ingest.
      const inputs = Array.from({ length: ingestCount }, (_, i) => {
        const article = articles[i % articles.length]!;
        return { ...article, text: `${article.text}\n\n(bench ${i})`, title: `Bench article ${i}`, source: 'bench' };
      });
      const batchStart = process.hrtime.bigint();
      await ingestTexts(gateway, inputs, { batchSize: 50 });
      const batchElapsed = Number(process.hrtime.bigint() - batchStart) / 1e9;
      process.stdout.write(
        `ingest into Neo4j, batches of 50 (kg ingest DIR) (${neo4j.description}): ${ingestCount} articles in ${batchElapsed.toFixed(2)} s = ${(ingestCount / batchElapsed).toFixed(1)} articles/s\n`,
      );
      const singles = Math.min(ingestCount, 20);
      const singleStart = process.hrtime.bigint();
      for (let i = 0; i < singles; i++) await ingestText(gateway, { ...inputs[i]!, text: `${inputs[i]!.text} (single)`, title: `Single ${i}` });
      const singleElapsed = Number(process.hrtime.bigint() - singleStart) / 1e9;
      process.stdout.write(
        `ingest into Neo4j, one article per transaction (GraphQL ingestArticle): ${singles} articles in ${singleElapsed.toFixed(2)} s = ${(singles / singleElapsed).toFixed(1)} articles/s\n`,
      );
      if (config.neo4j) process.stdout.write('note: the bench articles (source "bench") were written to the NEO4J_URI database\n');
    } finally {
      await gateway.close();
    }
  } finally {
    await neo4j.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
