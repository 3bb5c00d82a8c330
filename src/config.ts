import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Where the repository's own files live: the nearest folder above this file that holds
 * package.json, so the same code works from src/ (ts-jest), dist/ and the benchmark's build
 * (dist-bench/src/), which sits one level deeper.
 */
export const REPO_ROOT = findRepoRoot(path.resolve(__dirname, '..'));

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

/** Connection settings for an existing Neo4j (server, cluster or Aura). */
export interface Neo4jConnectionConfig {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

/** Everything the service reads from its environment, parsed once. */
export interface AppConfig {
  host: string;
  port: number;
  /** Set when NEO4J_URI is given: use that database, start nothing. */
  neo4j?: Neo4jConnectionConfig;
  /** Data folder of the embedded Neo4j. */
  embeddedDataDir: string;
  /** Cache of the embedded Neo4j's jars and compiled launcher. */
  embeddedHomeDir: string;
  /** API key that mutations (writes) require; writes are refused while it is unset. */
  apiKey?: string;
  /** Load the seed article(s) in data/articles at start-up when absent or changed. */
  loadSeed: boolean;
  seedDir: string;
  /** Neo4j transaction timeout for API reads, in milliseconds. */
  queryTimeoutMs: number;
  logLevel: string;
  production: boolean;
  /** Schema introspection (and so the playground's docs): on in development, off in production unless set. */
  introspection: boolean;
  /** Key that queries (reads) accept besides KG_API_KEY; setting it makes reads need a key. */
  readApiKey?: string;
  /** Refuse reads (401) without a valid key: KG_REQUIRE_KEY_FOR_READS, or implied by KG_READ_API_KEY. */
  requireKeyForReads: boolean;
  /** Origins browsers may call /graphql from (CORS); empty: no CORS headers at all; ['*']: any origin. */
  corsOrigins: string[];
  /** Mutations one client (remote address) may send per minute; 0 turns the limit off. */
  mutationRateLimitPerMinute: number;
  /** Longest article.text accepted for loading, in characters (UTF-16 code units). */
  maxArticleChars: number;
  /** Largest HTTP request body accepted, in bytes (413 beyond). */
  maxBodyBytes: number;
  /** How long start-up waits for Neo4j to answer before giving up, in milliseconds. */
  neo4jWaitMs: number;
  /** Serve the schema as an Apollo Federation 2 subgraph (entities keyed on id, `_entities`, `_service`). */
  federation: boolean;
}

/** The most the document schema allows in article.text; KG_MAX_ARTICLE_CHARS can only lower it. */
export const SCHEMA_MAX_ARTICLE_CHARS = 1_000_000;

/**
 * Parses KG_CORS_ORIGINS: a comma-separated list of origins (`https://app.example.org`), or `*`.
 * An origin is a scheme, host and optional port only: a path or a trailing slash would never equal
 * a browser's Origin header, so it is refused here rather than silently never matching.
 */
export function parseCorsOrigins(raw: string | undefined): string[] {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.includes('*')) {
    if (entries.length > 1) throw new Error(`KG_CORS_ORIGINS=${raw}: "*" cannot be combined with other origins`);
    return ['*'];
  }
  for (const entry of entries) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(entry) && !/^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/i.test(entry)) {
      throw new Error(`KG_CORS_ORIGINS: "${entry}" is not an origin; write scheme://host[:port] with no path, e.g. https://app.example.org`);
    }
  }
  return entries.map((entry) => entry.toLowerCase());
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}=${raw} is not a whole number from ${min} to ${max}`);
  }
  return value;
}

function boolFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new Error(`${name}=${raw} is not a boolean (use true or false)`);
}

/** Reads the configuration from environment variables (see the README's configuration table). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const uri = env.NEO4J_URI?.trim();
  const neo4j: Neo4jConnectionConfig | undefined = uri
    ? {
        uri,
        username: env.NEO4J_USERNAME ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE || undefined,
      }
    : undefined;
  const embeddedHomeDir = path.resolve(env.KG_NEO4J_HOME ?? path.join(REPO_ROOT, '.neo4j'));
  return {
    host: env.HOST ?? '127.0.0.1',
    port: intFromEnv(env, 'PORT', 4000, 0, 65535),
    neo4j,
    embeddedHomeDir,
    embeddedDataDir: path.resolve(env.KG_NEO4J_DATA ?? path.join(embeddedHomeDir, 'data')),
    apiKey: env.KG_API_KEY || undefined,
    loadSeed: boolFromEnv(env, 'KG_LOAD_SEED', true),
    seedDir: path.resolve(env.KG_SEED_DIR ?? path.join(REPO_ROOT, 'data', 'articles')),
    queryTimeoutMs: intFromEnv(env, 'KG_QUERY_TIMEOUT_MS', 10000, 100, 600000),
    logLevel: env.LOG_LEVEL ?? 'info',
    production: env.NODE_ENV === 'production',
    introspection: boolFromEnv(env, 'KG_INTROSPECTION', env.NODE_ENV !== 'production'),
    readApiKey: env.KG_READ_API_KEY || undefined,
    requireKeyForReads: boolFromEnv(env, 'KG_REQUIRE_KEY_FOR_READS', false) || Boolean(env.KG_READ_API_KEY),
    corsOrigins: parseCorsOrigins(env.KG_CORS_ORIGINS),
    mutationRateLimitPerMinute: intFromEnv(env, 'KG_MUTATION_RATE_LIMIT', 120, 0, 1_000_000),
    maxArticleChars: intFromEnv(env, 'KG_MAX_ARTICLE_CHARS', SCHEMA_MAX_ARTICLE_CHARS, 1, SCHEMA_MAX_ARTICLE_CHARS),
    maxBodyBytes: intFromEnv(env, 'KG_MAX_BODY_BYTES', 1_000_000, 1_000, 100_000_000),
    neo4jWaitMs: intFromEnv(env, 'KG_NEO4J_WAIT_MS', 60_000, 0, 3_600_000),
    federation: boolFromEnv(env, 'KG_FEDERATION', false),
  };
}
