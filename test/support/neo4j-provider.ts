import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { dockerEngineAnswers } from '../../src/db/provision';
import { startEmbeddedNeo4j } from '../../src/db/embedded-neo4j';
import type { Neo4jConnectionConfig } from '../../src/config';

/** The Neo4j a test run uses, and how it was obtained. */
export interface TestNeo4j {
  connection: Neo4jConnectionConfig;
  kind: 'uri' | 'docker' | 'embedded';
  stop(): Promise<void>;
}

/**
 * Gets a real Neo4j for the test run, in the README's order: NEO4J_URI (its database is wiped by
 * the tests), a Docker engine through testcontainers, else the embedded Neo4j in a temporary folder.
 */
export async function provideTestNeo4j(log: (message: string) => void): Promise<TestNeo4j> {
  if (process.env.NEO4J_URI) {
    return {
      connection: {
        uri: process.env.NEO4J_URI,
        username: process.env.NEO4J_USERNAME ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: process.env.NEO4J_DATABASE || undefined,
      },
      kind: 'uri',
      stop: async () => {},
    };
  }
  if (process.env.KG_TEST_DOCKER !== 'false' && dockerEngineAnswers()) {
    // Loaded only here: testcontainers is a dev dependency and needs a Docker engine.
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    log('starting neo4j:5.26-community with testcontainers');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('test-password').start();
    return {
      connection: { uri: container.getBoltUri(), username: container.getUsername(), password: container.getPassword() },
      kind: 'docker',
      stop: async () => {
        await container.stop();
      },
    };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-test-neo4j-'));
  const embedded = await startEmbeddedNeo4j({ dataDir, log });
  return {
    connection: { uri: embedded.uri, username: embedded.username, password: embedded.password },
    kind: 'embedded',
    stop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
