import type { Neo4jConnectionConfig } from '../src/config';
import type { Implementation } from './questions';
import { startInline, type ServiceSettings } from './servers';

/*
 * Entry of a server process started by startInProcess: starts one implementation, tells the
 * parent its URL over IPC, and stops on SIGTERM or when the parent goes away.
 */
async function main(): Promise<void> {
  const implementation = process.argv[2] as Implementation;
  const connection = JSON.parse(process.env.KG_BENCH_CONNECTION ?? '{}') as Neo4jConnectionConfig;
  const settings = JSON.parse(process.env.KG_BENCH_SERVICE_SETTINGS ?? '{}') as ServiceSettings;
  const server = await startInline(implementation, connection, settings);
  const stop = (): void => {
    server
      .close()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
  process.send?.({ url: server.url });
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark server failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
