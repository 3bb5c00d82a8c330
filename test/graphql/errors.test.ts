/**
 * Errors a client sees when something other than its input is wrong: Neo4j down, or a bug.
 * Needs no database (a driver pointed at a closed port, and a gateway that throws).
 */
import * as net from 'node:net';
import neo4j from 'neo4j-driver';
import type { ApolloServer } from '@apollo/server';
import { DatabaseGateway } from '../../src/db/gateway';
import { createApolloServer } from '../../src/graphql/apollo';
import { createRequestContext, type GraphQLContext } from '../../src/graphql/context';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { silentLogger } from './support';

let apollo: ApolloServer<GraphQLContext>;

beforeAll(async () => {
  apollo = createApolloServer(await buildGraphQLSchema(), silentLogger, { development: false });
  await apollo.start();
});

afterAll(async () => {
  await apollo.stop();
});

async function run(gateway: DatabaseGateway, query: string): Promise<{ message: string; extensions?: Record<string, unknown> }[]> {
  const response = await apollo.executeOperation({ query }, { contextValue: createRequestContext({ gateway, logger: silentLogger, authenticated: false }) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return (response.body.singleResult.errors ?? []) as { message: string; extensions?: Record<string, unknown> }[];
}

/** A loopback port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('errors', () => {
  it('are SERVICE_UNAVAILABLE, with a retry hint, when Neo4j cannot be reached', async () => {
    const driver = neo4j.driver(`bolt://127.0.0.1:${await closedPort()}`, neo4j.auth.basic('neo4j', 'x'), {
      maxTransactionRetryTime: 0,
      connectionTimeout: 2000,
    });
    const gateway = new DatabaseGateway(driver);
    try {
      const errors = await run(gateway, '{ statements { edges { node { id } } } }');
      expect(errors).toEqual([
        expect.objectContaining({ message: 'The graph database is unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }),
      ]);
    } finally {
      await gateway.close();
    }
  });

  it('from a bug are masked: no message, stack trace or driver detail leaves the server', async () => {
    const failing = {
      read: async () => {
        throw new Error('Neo.ClientError.Statement.SyntaxError at /srv/secret/path');
      },
    } as unknown as DatabaseGateway;
    const errors = await run(failing, '{ statements { edges { node { id } } } }');
    expect(errors).toEqual([
      { message: 'Internal server error', locations: expect.any(Array), path: ['statements'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(JSON.stringify(errors)).not.toContain('secret');
  });
});
