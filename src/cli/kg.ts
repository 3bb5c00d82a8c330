#!/usr/bin/env node
import 'reflect-metadata';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../config';
import { DatabaseGateway } from '../db/gateway';
import { applyMigrations } from '../db/migrations';
import { provisionNeo4j } from '../db/provision';
import type { ArticleGraphDocument } from '../document/article-graph';
import { DocumentValidationError, parseDocument } from '../document/validate';
import { loadDocument, removeArticle } from '../loading/loader';

const USAGE = `Usage: kg <command> [arguments]

Commands:
  validate FILE|DIR...   check article-graph documents (*.graph.json in a DIR) without writing
  load FILE|DIR...       validate and load documents; each article in one transaction
  remove ARTICLE_ID...   remove articles and everything they contributed
  migrate                apply pending migrations

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
