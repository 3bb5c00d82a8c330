import { provideTestNeo4j, type TestNeo4j } from './neo4j-provider';
import { DatabaseGateway } from '../../src/db/gateway';

declare global {
  // A global is how Jest hands state from globalSetup to globalTeardown.
  var __KG_TEST_NEO4J__: TestNeo4j | undefined;
}

/** Starts one real Neo4j for the whole test run and tells the test files how to reach it. */
export default async function globalSetup(): Promise<void> {
  const log = (message: string): void => {
    process.stderr.write(`[test neo4j] ${message}\n`);
  };
  const neo4j = await provideTestNeo4j(log);
  globalThis.__KG_TEST_NEO4J__ = neo4j;
  process.env.KG_TEST_NEO4J_URI = neo4j.connection.uri;
  process.env.KG_TEST_NEO4J_USERNAME = neo4j.connection.username;
  process.env.KG_TEST_NEO4J_PASSWORD = neo4j.connection.password;
  process.env.KG_TEST_NEO4J_DATABASE = neo4j.connection.database ?? '';
  const gateway = await DatabaseGateway.connect(neo4j.connection, { waitMs: 30_000 });
  try {
    const version = await gateway.serverVersion();
    process.env.KG_TEST_NEO4J_VERSION = version;
    process.stderr.write(`\n[test neo4j] integration tests run against Neo4j ${version} (${neo4j.kind}, ${neo4j.connection.uri})\n`);
  } finally {
    await gateway.close();
  }
}
