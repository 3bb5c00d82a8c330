import * as path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import pino from 'pino';
import { REPO_ROOT } from '../../src/config';
import type { CypherQuery, DatabaseGateway } from '../../src/db/gateway';
import { createApolloServer } from '../../src/graphql/apollo';
import { createRequestContext, type GraphQLContext } from '../../src/graphql/context';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { loadSeedDocuments } from '../../src/loading/seed';
import { clearGraph, connectTestGateway } from '../support/database';

/** The reviewed seed articles (data/articles). */
export const SEED_DIR = path.join(REPO_ROOT, 'data', 'articles');

/** A logger that writes nothing (the tests read results, not logs). */
export const silentLogger = pino({ level: 'silent' });

/** The result of one operation: data and errors as a client would see them. */
export interface OperationResult<TData = Record<string, any>> {
  data: TData | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
}

/** An Apollo server over the seed graph, driven with executeOperation (no HTTP). */
export interface SeededApi {
  gateway: DatabaseGateway;
  apollo: ApolloServer<GraphQLContext>;
  /** Runs one operation with a fresh request context, as the HTTP front would. */
  run<TData = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { authenticated?: boolean }): Promise<OperationResult<TData>>;
  /** Runs `work` and returns the Cypher statements it sent. */
  recordQueries(work: () => Promise<unknown>): Promise<CypherQuery[]>;
  close(): Promise<void>;
}

/** Connects to the test Neo4j, replaces the graph with the seed articles and starts an Apollo server on it. */
export async function startSeededApi(options: { development?: boolean } = {}): Promise<SeededApi> {
  const gateway = await connectTestGateway();
  await clearGraph(gateway);
  await loadSeedDocuments(gateway, SEED_DIR);
  const apollo = createApolloServer(await buildGraphQLSchema(), silentLogger, { development: options.development ?? false });
  await apollo.start();
  return {
    gateway,
    apollo,
    async run<TData>(query: string, variables: Record<string, unknown> = {}, options: { authenticated?: boolean } = {}): Promise<OperationResult<TData>> {
      const contextValue = createRequestContext({ gateway, logger: silentLogger, authenticated: options.authenticated ?? false });
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { data: data as TData | null | undefined, errors: errors as OperationResult['errors'] };
    },
    async recordQueries(work: () => Promise<unknown>): Promise<CypherQuery[]> {
      const queries: CypherQuery[] = [];
      const stop = gateway.observe((query) => queries.push(query));
      try {
        await work();
      } finally {
        stop();
      }
      return queries;
    },
    async close(): Promise<void> {
      await apollo.stop();
      await gateway.close();
    },
  };
}

/** The data of a result that must have no errors (the errors are in the failure message otherwise). */
export function dataOf<TData>(result: OperationResult<TData>): TData {
  if (result.errors && result.errors.length > 0) throw new Error(`unexpected errors: ${JSON.stringify(result.errors, null, 2)}`);
  if (!result.data) throw new Error('no data');
  return result.data;
}

/** The codes of a result's errors. */
export function errorCodes(result: OperationResult<unknown>): string[] {
  return (result.errors ?? []).map((error) => String(error.extensions?.code));
}
