import 'reflect-metadata';
import { loadConfig } from './config';
import { logger } from './logger';
import { startWithProvisionedNeo4j } from './app';

/** Entry point of `npm start`. */
async function main(): Promise<void> {
  const config = loadConfig();
  const started = await startWithProvisionedNeo4j(config, logger);
  logger.info({ neo4j: started.service.neo4jVersion }, `GraphQL ready at ${started.service.url}/graphql (playground at ${started.service.url}/)`);
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received; shutting down`);
    started
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
  // The embedded Neo4j (if any) is stopped by its exit hook; nothing else holds the process.
  setTimeout(() => process.exit(1), 100).unref();
});
