import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from './config';
import { DatabaseGateway } from './db/gateway';
import { createExportHandler } from './export/export.handler';
import { applyMigrations } from './db/migrations';
import { provisionNeo4j, type ProvisionedNeo4j } from './db/provision';
import { createApolloServer } from './graphql/apollo';
import { buildSubgraphGraphQLSchema } from './graphql/federation';
import { buildGraphQLSchema } from './graphql/schema';
import { countRoundTripsPerRequest } from './graphql/plugins/request-stats';
import { ServiceMetrics } from './http/metrics';
import { createHttpServer } from './http/server';
import { loadSeedDocuments } from './loading/seed';
import type { Logger } from './logger';
import { createPlaygroundHandler } from './playground/playground.handler';

/** A running service: its URL and how to stop it. */
export interface RunningService {
  url: string;
  gateway: DatabaseGateway;
  neo4jVersion: string;
  close(): Promise<void>;
}

/**
 * Serves GraphQL on a gateway that is already connected: applies the migrations, loads the seed
 * articles when configured, and listens on config.host:config.port.
 */
export async function startService(
  config: AppConfig,
  gateway: DatabaseGateway,
  logger: Logger,
  options: { playgroundAssetDir?: string } = {},
): Promise<RunningService> {
  const migrations = await applyMigrations(gateway);
  logger.info({ applied: migrations.applied, alreadyApplied: migrations.alreadyApplied.length }, 'migrations up to date');
  if (config.loadSeed) {
    for (const result of await loadSeedDocuments(gateway, config.seedDir)) {
      logger.info({ article: result.articleId, status: result.status, statements: result.statements }, 'seed article');
    }
  }
  const neo4jVersion = await gateway.serverVersion();
  const schema = config.federation ? await buildSubgraphGraphQLSchema() : await buildGraphQLSchema();
  const metrics = new ServiceMetrics();
  const stopObserving = [metrics.observe(gateway), countRoundTripsPerRequest(gateway)];
  const apollo = createApolloServer(schema, logger, {
    development: !config.production,
    metrics,
    introspection: config.introspection,
    mutationRateLimitPerMinute: config.mutationRateLimitPerMinute,
  });
  await apollo.start();
  const server: http.Server = createHttpServer({
    apollo,
    gateway,
    logger,
    apiKey: config.apiKey,
    metrics,
    playground: createPlaygroundHandler(options.playgroundAssetDir),
    exports: createExportHandler(gateway, logger),
    readApiKey: config.readApiKey,
    requireKeyForReads: config.requireKeyForReads,
    corsOrigins: config.corsOrigins,
    maxArticleChars: config.maxArticleChars,
    maxBodyBytes: config.maxBodyBytes,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}`;
  return {
    url,
    gateway,
    neo4jVersion,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      for (const stop of stopObserving) stop();
    },
  };
}

/** `npm start`: provisions Neo4j (NEO4J_URI or embedded), connects, and serves. */
export async function startWithProvisionedNeo4j(
  config: AppConfig,
  logger: Logger,
): Promise<{ service: RunningService; neo4j: ProvisionedNeo4j; close(): Promise<void> }> {
  const neo4j = await provisionNeo4j(config, (message) => logger.info(message));
  logger.info(`using ${neo4j.description}`);
  try {
    const waitUntil = Date.now() + config.neo4jWaitMs;
    const gateway = await DatabaseGateway.connect(neo4j.connection, {
      readTimeoutMs: config.queryTimeoutMs,
      waitMs: config.neo4jWaitMs,
      onRetry: (attempt, error) =>
        logger.warn(
          { attempt, uri: neo4j.connection.uri, reason: error.message, giveUpInMs: Math.max(0, waitUntil - Date.now()) },
          `Neo4j at ${neo4j.connection.uri} not reachable yet (attempt ${attempt}); retrying until KG_NEO4J_WAIT_MS=${config.neo4jWaitMs} ms have passed`,
        ),
    });
    const service = await startService(config, gateway, logger);
    return {
      service,
      neo4j,
      close: async () => {
        await service.close();
        await gateway.close();
        await neo4j.stop();
      },
    };
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
}
