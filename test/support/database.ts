import { DatabaseGateway } from '../../src/db/gateway';
import { applyMigrations } from '../../src/db/migrations';

/** Connects to the run's Neo4j (started by globalSetup) and makes sure the migrations are applied. */
export async function connectTestGateway(): Promise<DatabaseGateway> {
  const uri = process.env.KG_TEST_NEO4J_URI;
  if (!uri) throw new Error('KG_TEST_NEO4J_URI is not set: run the tests with `npm test` so the global setup starts Neo4j');
  const gateway = await DatabaseGateway.connect(
    {
      uri,
      username: process.env.KG_TEST_NEO4J_USERNAME ?? 'neo4j',
      password: process.env.KG_TEST_NEO4J_PASSWORD ?? '',
      database: process.env.KG_TEST_NEO4J_DATABASE || undefined,
    },
    { waitMs: 10_000 },
  );
  await applyMigrations(gateway);
  return gateway;
}

/** Deletes every article, entity and statement (migrations stay recorded). */
export async function clearGraph(gateway: DatabaseGateway): Promise<void> {
  await gateway.write({ cypher: 'MATCH (n) WHERE NOT n:KgMigration DETACH DELETE n' });
}

/** Counts nodes (by label) and relationships: a fingerprint of the graph for before/after checks. */
export async function graphCounts(gateway: DatabaseGateway): Promise<{ nodes: number; relationships: number; byLabel: Record<string, number> }> {
  const [row] = await gateway.read<{ nodes: number; relationships: number; labels: { label: string; count: number }[] }>({
    cypher: `
CALL { MATCH (n) WHERE NOT n:KgMigration RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL { MATCH (n) WHERE NOT n:KgMigration UNWIND labels(n) AS label WITH label, count(*) AS count RETURN collect({label: label, count: count}) AS labels }
RETURN nodes, relationships, labels`,
  });
  const byLabel: Record<string, number> = {};
  for (const entry of row?.labels ?? []) byLabel[entry.label] = entry.count;
  return { nodes: row?.nodes ?? 0, relationships: row?.relationships ?? 0, byLabel };
}
