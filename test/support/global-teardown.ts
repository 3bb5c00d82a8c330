/** Stops the Neo4j that globalSetup started. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__KG_TEST_NEO4J__?.stop();
}
