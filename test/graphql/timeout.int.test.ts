/**
 * KG_QUERY_TIMEOUT_MS becomes the gateway's read transaction timeout: Neo4j stops a read that
 * runs longer, and the client gets a typed error instead of a hung request.
 */
import { DatabaseGateway } from '../../src/db/gateway';
import { KgError } from '../../src/errors';

it('stops a read that runs past the transaction timeout, with BAD_USER_INPUT and reason TIMEOUT', async () => {
  const gateway = await DatabaseGateway.connect(
    {
      uri: process.env.KG_TEST_NEO4J_URI ?? '',
      username: process.env.KG_TEST_NEO4J_USERNAME ?? 'neo4j',
      password: process.env.KG_TEST_NEO4J_PASSWORD ?? '',
      database: process.env.KG_TEST_NEO4J_DATABASE || undefined,
    },
    { readTimeoutMs: 200 },
  );
  try {
    const started = Date.now();
    const error = await gateway.read({ cypher: 'UNWIND range(1, 2000000000) AS x RETURN count(x) AS n' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(10_000);
  } finally {
    await gateway.close();
  }
});
