import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import neo4jDriver from 'neo4j-driver';
import type { AppConfig, Neo4jConnectionConfig } from '../config';
import { embeddedPrerequisites, startEmbeddedNeo4j } from './embedded-neo4j';

/** A Neo4j the service can talk to, and how to let go of it. */
export interface ProvisionedNeo4j {
  connection: Neo4jConnectionConfig;
  /** `uri`: NEO4J_URI given; `embedded`: started here from Maven Central jars. */
  kind: 'uri' | 'docker' | 'embedded';
  description: string;
  stop(): Promise<void>;
}

/** Thrown when no way to get a Neo4j is available; the message says what is missing and how to fix it. */
export class NoNeo4jError extends Error {
  constructor(missing: string[]) {
    super(
      [
        'No Neo4j is available:',
        '  - NEO4J_URI is not set (set it to use an existing server, cluster or Aura, e.g. neo4j+s://xxxx.databases.neo4j.io);',
        '  - the embedded Neo4j cannot start: ' + missing.join('; ') + '.',
        'Install a JDK 17+ and Maven (Debian: apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI,',
        'or run `docker compose up` where a Docker engine runs.',
      ].join('\n'),
    );
    this.name = 'NoNeo4jError';
  }
}

/** Written beside the embedded Neo4j's data while a process serves it, so other processes (the CLI) can share it. */
const RUNNING_FILE = 'kg-running.json';

interface RunningEmbedded {
  uri: string;
  username: string;
  password: string;
  version: string;
  pid: number;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The embedded Neo4j another process of ours is running on this data folder, if it answers. */
async function findRunningEmbedded(dataDir: string): Promise<RunningEmbedded | undefined> {
  let running: RunningEmbedded;
  try {
    running = JSON.parse(await fs.readFile(path.join(dataDir, RUNNING_FILE), 'utf8')) as RunningEmbedded;
  } catch {
    return undefined;
  }
  if (!processAlive(running.pid)) return undefined;
  const driver = neo4jDriver.driver(running.uri, neo4jDriver.auth.basic(running.username, running.password), { connectionTimeout: 3000 });
  try {
    await driver.getServerInfo();
    return running;
  } catch {
    return undefined;
  } finally {
    await driver.close();
  }
}

/**
 * Chooses the Neo4j for `npm start` and the CLI: NEO4J_URI when set; otherwise the embedded
 * Neo4j 5.26 that another of our processes already runs on the same data folder (its store can
 * be opened by one process only); otherwise a new embedded Neo4j. docker-compose.yml runs the
 * service with NEO4J_URI pointing at its Neo4j container.
 */
export async function provisionNeo4j(config: AppConfig, log: (message: string) => void): Promise<ProvisionedNeo4j> {
  if (config.neo4j) {
    return { connection: config.neo4j, kind: 'uri', description: `Neo4j at ${config.neo4j.uri}`, stop: async () => {} };
  }
  const shared = await findRunningEmbedded(config.embeddedDataDir);
  if (shared) {
    return {
      connection: { uri: shared.uri, username: shared.username, password: shared.password },
      kind: 'embedded',
      description: `embedded Neo4j ${shared.version} at ${shared.uri}, run by process ${shared.pid}`,
      stop: async () => {},
    };
  }
  const prerequisites = embeddedPrerequisites(config.embeddedHomeDir);
  if (!prerequisites.ok) throw new NoNeo4jError(prerequisites.missing);
  const embedded = await startEmbeddedNeo4j({ dataDir: config.embeddedDataDir, homeDir: config.embeddedHomeDir, log });
  const runningFile = path.join(config.embeddedDataDir, RUNNING_FILE);
  const running: RunningEmbedded = { uri: embedded.uri, username: embedded.username, password: embedded.password, version: embedded.version, pid: process.pid };
  await fs.writeFile(runningFile, JSON.stringify(running), { mode: 0o600 });
  return {
    connection: { uri: embedded.uri, username: embedded.username, password: embedded.password },
    kind: 'embedded',
    description: `embedded Neo4j ${embedded.version} at ${embedded.uri} (data in ${config.embeddedDataDir})`,
    stop: async () => {
      await fs.rm(runningFile, { force: true });
      await embedded.stop();
    },
  };
}

/** True when a Docker engine answers `docker info` within a few seconds (the client alone is not enough). */
export function dockerEngineAnswers(): boolean {
  try {
    execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'pipe', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}
