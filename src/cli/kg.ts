#!/usr/bin/env node
import 'reflect-metadata';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../config';
import { DatabaseGateway } from '../db/gateway';
import { applyMigrations } from '../db/migrations';
import { provisionNeo4j } from '../db/provision';
import type { ArticleGraphDocument } from '../document/article-graph';
import { DocumentValidationError, assertValidDocument, parseDocument } from '../document/validate';
import { EXPORT_USAGE, exportCommand } from '../export/export.cli';
import { loadDocument, removeArticle } from '../loading/loader';
import { mergeEntities, splitEntity } from '../loading/curation';
import { diffDocuments, formatDiff } from '../extraction/diff';
import { extractArticle } from '../extraction/extract';
import { ingestTexts, type IngestResult } from '../extraction/ingest';

const USAGE = `Usage: kg <command> [arguments]

Commands:
  validate FILE|DIR...   check article-graph documents (*.graph.json in a DIR) without writing
  load FILE|DIR...       validate and load documents; each article in one transaction
  remove ARTICLE_ID...   remove articles and everything they contributed
  migrate                apply pending migrations
  extract FILE [--published YYYY-MM-DD] [--title T] [--source S] [--url U]
                         extract the article-graph document of a news text (printed as JSON)
  ingest FILE|DIR... [--published YYYY-MM-DD] [--source S] [--batch N]
                         extract and load text files (*.txt in a DIR), N articles per transaction
                         (default 50); a human-reviewed article already loaded is kept as it is
  diff FILE REVIEWED.json
                         what extraction of FILE would change against a reviewed document
  merge KEEP_ID OTHER_ID move OTHER's mentions, statements and relations to KEEP, then delete OTHER
  split ID --article ARTICLE_ID --new-id NEW_ID
                         move one article's use of entity ID to a new entity NEW_ID
${EXPORT_USAGE}

Neo4j: NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) when set, otherwise the
embedded Neo4j (shared with a running \`npm start\`).
Results go to stdout; progress and errors to stderr.`;

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Expands folders into the *.graph.json documents they hold, in name order. */
async function documentFiles(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => {
      throw new Error(`${arg}: no such file or folder`);
    });
    if (stat.isDirectory()) {
      const names = (await fs.readdir(arg)).filter((name) => name.endsWith('.graph.json')).sort();
      files.push(...names.map((name) => path.join(arg, name)));
    } else files.push(arg);
  }
  if (files.length === 0) throw new Error('no documents given (a folder is searched for *.graph.json)');
  return files;
}

async function withGateway<T>(work: (gateway: DatabaseGateway) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const neo4j = await provisionNeo4j(config, progress);
  try {
    const gateway = await DatabaseGateway.connect(neo4j.connection, { waitMs: 30_000 });
    try {
      const migrations = await applyMigrations(gateway);
      if (migrations.applied.length > 0) progress(`applied migrations ${migrations.applied.join(', ')}`);
      return await work(gateway);
    } finally {
      await gateway.close();
    }
  } finally {
    await neo4j.stop();
  }
}

async function validate(args: string[]): Promise<number> {
  let invalid = 0;
  for (const file of await documentFiles(args)) {
    try {
      const doc = parseDocument(await fs.readFile(file, 'utf8'), file);
      process.stdout.write(`${file}: valid (${doc.entities.length} entities, ${doc.statements.length} statements, ${doc.relations.length} relations)\n`);
    } catch (error) {
      if (!(error instanceof DocumentValidationError)) throw error;
      invalid++;
      progress(error.message);
    }
  }
  return invalid === 0 ? 0 : 1;
}

async function load(args: string[]): Promise<number> {
  const files = await documentFiles(args);
  // Validate everything before writing anything, so a bad file in a batch is found up front.
  const docs: { file: string; doc: ArticleGraphDocument }[] = [];
  for (const file of files) docs.push({ file, doc: parseDocument(await fs.readFile(file, 'utf8'), file) });
  return withGateway(async (gateway) => {
    const started = Date.now();
    const tally = { created: 0, replaced: 0, unchanged: 0 };
    for (const [index, { file, doc }] of docs.entries()) {
      const result = await loadDocument(gateway, doc, { source: file });
      tally[result.status]++;
      progress(`[${index + 1}/${docs.length}] ${file}: ${result.status} article ${result.articleId}`);
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }
    const seconds = (Date.now() - started) / 1000;
    progress(`done: ${tally.created} created, ${tally.replaced} replaced, ${tally.unchanged} unchanged in ${seconds.toFixed(1)} s`);
    return 0;
  });
}

async function remove(args: string[]): Promise<number> {
  if (args.length === 0) throw new Error('remove needs at least one article id');
  return withGateway(async (gateway) => {
    let missing = 0;
    for (const articleId of args) {
      const removed = await removeArticle(gateway, articleId);
      if (!removed) missing++;
      process.stdout.write(`${articleId}: ${removed ? 'removed' : 'not found'}\n`);
    }
    return missing === 0 ? 0 : 1;
  });
}

/** Splits arguments into positionals and --name value options, refusing unknown options. */
function parseOptions(args: string[], allowed: string[]): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (!allowed.includes(name)) throw new Error(`unknown option ${arg} (this command takes ${allowed.map((a) => `--${a}`).join(', ') || 'no options'})`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
    options[name] = value;
    i++;
  }
  if (options.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.published))
    throw new Error(`--published ${options.published}: expected YYYY-MM-DD`);
  return { positional, options };
}

async function extract(args: string[]): Promise<number> {
  const { positional, options } = parseOptions(args, ['published', 'title', 'source', 'url']);
  const [file, extra] = positional;
  if (!file || extra) throw new Error('extract needs exactly one FILE');
  const text = await fs.readFile(file, 'utf8');
  if (!options.published) progress(`${file}: no --published date; relative dates are resolved against today`);
  const doc = assertValidDocument(
    extractArticle({ text, title: options.title, publishedAt: options.published, source: options.source, url: options.url }),
    `extraction of ${file}`,
  );
  progress(`${file}: ${doc.entities.length} entities, ${doc.statements.length} statements, ${doc.relations.length} relations`);
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  return 0;
}

/** Expands folders into the *.txt files they hold, in name order. */
async function textFiles(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => {
      throw new Error(`${arg}: no such file or folder`);
    });
    if (stat.isDirectory())
      files.push(
        ...(await fs.readdir(arg))
          .filter((name) => name.endsWith('.txt'))
          .sort()
          .map((name) => path.join(arg, name)),
      );
    else files.push(arg);
  }
  if (files.length === 0) throw new Error('no text files given (a folder is searched for *.txt)');
  return files;
}

async function ingest(args: string[]): Promise<number> {
  const { positional, options } = parseOptions(args, ['published', 'source', 'batch']);
  const files = await textFiles(positional);
  const batchSize = options.batch ? Number(options.batch) : 50;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) throw new Error(`--batch ${options.batch}: expected a whole number from 1 to 1000`);
  const inputs = await Promise.all(
    files.map(async (file) => ({ text: await fs.readFile(file, 'utf8'), publishedAt: options.published, source: options.source ?? path.basename(file) })),
  );
  return withGateway(async (gateway) => {
    const started = Date.now();
    const results = await ingestTexts(gateway, inputs, {
      batchSize,
      onBatch: ({ done, total }) => {
        const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
        if (files.length > 20) progress(`[${done}/${total}] ingested (${rate.toFixed(1)} articles/s)`);
      },
    });
    const tally: Record<IngestResult['status'], number> = { created: 0, replaced: 0, unchanged: 0, 'kept-reviewed': 0 };
    for (const [index, result] of results.entries()) {
      const file = files[index]!;
      tally[result.status]++;
      process.stdout.write(`${JSON.stringify({ file, ...result })}\n`);
      if (files.length <= 20) progress(`[${index + 1}/${files.length}] ${file}: ${result.status} article ${result.articleId}`);
    }
    const seconds = (Date.now() - started) / 1000;
    progress(
      `done: ${files.length} articles in ${seconds.toFixed(1)} s (${(files.length / Math.max(seconds, 0.001)).toFixed(1)} articles/s): ` +
        `${tally.created} created, ${tally.replaced} replaced, ${tally.unchanged} unchanged, ${tally['kept-reviewed']} kept as reviewed`,
    );
    return 0;
  });
}

async function diff(args: string[]): Promise<number> {
  const { positional } = parseOptions(args, []);
  const [file, reviewedFile, extra] = positional;
  if (!file || !reviewedFile || extra) throw new Error('diff needs FILE and REVIEWED.json');
  const text = await fs.readFile(file, 'utf8');
  const reviewed = parseDocument(await fs.readFile(reviewedFile, 'utf8'), reviewedFile);
  if (text.trim() !== reviewed.article.text.trim()) progress(`${file}: its text differs from ${reviewedFile}'s; offsets may not line up`);
  const { title, publishedAt, source, url, id } = reviewed.article;
  const extracted = extractArticle({ text: reviewed.article.text.trim() === text.trim() ? reviewed.article.text : text, title, publishedAt, source, url, id });
  process.stdout.write(`${formatDiff(diffDocuments(extracted, reviewed))}\n`);
  return 0;
}

async function merge(args: string[]): Promise<number> {
  const { positional } = parseOptions(args, []);
  const [keepId, otherId, extra] = positional;
  if (!keepId || !otherId || extra) throw new Error('merge needs KEEP_ID and OTHER_ID');
  return withGateway(async (gateway) => {
    const result = await mergeEntities(gateway, keepId, otherId);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  });
}

async function split(args: string[]): Promise<number> {
  const { positional, options } = parseOptions(args, ['article', 'new-id']);
  const [entityId, extra] = positional;
  if (!entityId || extra || !options.article || !options['new-id']) throw new Error('split needs ID, --article ARTICLE_ID and --new-id NEW_ID');
  return withGateway(async (gateway) => {
    const result = await splitEntity(gateway, entityId, options.article!, options['new-id']!);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  });
}

/** Runs the `kg` command line; returns the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'validate':
      return validate(args);
    case 'load':
      return load(args);
    case 'remove':
      return remove(args);
    case 'extract':
      return extract(args);
    case 'ingest':
      return ingest(args);
    case 'diff':
      return diff(args);
    case 'merge':
      return merge(args);
    case 'split':
      return split(args);
    case 'export':
      return exportCommand(args, withGateway);
    case 'migrate':
      return withGateway(async (gateway) => {
        const report = await applyMigrations(gateway);
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return 0;
      });
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      progress(`kg: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      progress(`kg: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
