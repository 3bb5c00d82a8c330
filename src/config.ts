import * as path from 'node:path';

/** Where the repository's own files live, whether running from src/ (ts-jest) or dist/. */
export const REPO_ROOT = path.resolve(__dirname, '..');

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
  };
}
