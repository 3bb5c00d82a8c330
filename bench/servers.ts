import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import * as path from 'node:path';
import pino from 'pino';
import { startService } from '../src/app';
import { loadConfig, type Neo4jConnectionConfig } from '../src/config';
import { DatabaseGateway } from '../src/db/gateway';
import { startCypherFloor } from './cypher-floor';
import { startNeo4jGraphQL } from './neo4j-graphql/server';
import type { Implementation } from './questions';

/** A server under test: where to send requests, and how to stop it. */
export interface ServerUnderTest {
  implementation: Implementation;
  url: string;
  /** Process id of the server when it runs in a process of its own. */
  pid?: number;
  close(): Promise<void>;
}

/** Settings of the service under test. */
export interface ServiceSettings {
  /** pino level of the service's logs (one line per operation at info); they go to /dev/null. */
  logLevel: string;
}

export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = { logLevel: 'info' };

/**
 * This service as `npm start` serves it (production mode, its default configuration), on a
 * gateway of its own: startService with the HTTP front, Apollo, the plugins and DataLoaders.
 */
async function startOurService(connection: Neo4jConnectionConfig, settings: ServiceSettings): Promise<ServerUnderTest> {
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', KG_LOAD_SEED: 'false', NODE_ENV: 'production', LOG_LEVEL: settings.logLevel });
  const gateway = await DatabaseGateway.connect(connection, { readTimeoutMs: config.queryTimeoutMs, waitMs: 10_000 });
  // The log lines are built and written as in production, to a sink that costs no disk.
  const logger = pino({ level: config.logLevel, base: undefined }, pino.destination({ fd: openSync('/dev/null', 'w') }));
  const service = await startService(config, gateway, logger);
  return {
    implementation: 'service',
    url: `${service.url.replace('localhost', '127.0.0.1')}/graphql`,
    close: async () => {
      await service.close();
      await gateway.close();
    },
  };
}

/** Starts one implementation in this process. */
export async function startInline(
  implementation: Implementation,
  connection: Neo4jConnectionConfig,
  settings: ServiceSettings = DEFAULT_SERVICE_SETTINGS,
): Promise<ServerUnderTest> {
  switch (implementation) {
    case 'service':
      return startOurService(connection, settings);
    case 'neo4jGraphql': {
      const running = await startNeo4jGraphQL(connection);
      return { implementation, ...running };
    }
    case 'cypher': {
      const running = await startCypherFloor(connection);
      return { implementation, ...running };
    }
    default: {
      const unexpected: never = implementation;
      throw new Error(`Unknown implementation ${String(unexpected)}`);
    }
  }
}

/** Message the server process sends when it listens. */
interface ReadyMessage {
  url: string;
}

/**
 * Starts one implementation in a Node process of its own (compiled JS only), so that the load
 * generator and the server do not share an event loop: the server gets a core's worth of Node,
 * as it would in production.
 */
export async function startInProcess(
  implementation: Implementation,
  connection: Neo4jConnectionConfig,
  settings: ServiceSettings = DEFAULT_SERVICE_SETTINGS,
  execArgv: string[] = [],
): Promise<ServerUnderTest> {
  const child: ChildProcess = fork(path.join(__dirname, 'server-main.js'), [implementation], {
    // NODE_ENV=production as the Dockerfile and docker-compose deploy it: graphql-js (which all
    // three load) checks every type test against a duplicated graphql copy outside production.
    env: { ...process.env, NODE_ENV: 'production', KG_BENCH_CONNECTION: JSON.stringify(connection), KG_BENCH_SERVICE_SETTINGS: JSON.stringify(settings) },
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<ReadyMessage>((resolve, reject) => {
    child.once('message', (message) => resolve(message as ReadyMessage));
    child.once('exit', (code) => reject(new Error(`${implementation} server exited with ${code} before it listened`)));
  });
  return {
    implementation,
    url: ready.url,
    pid: child.pid,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
