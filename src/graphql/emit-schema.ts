import 'reflect-metadata';
import { emitSchemaFile } from './schema';

/** `npm run schema:emit`: writes schema/schema.graphql from the resolver classes. */
emitSchemaFile()
  .then((file) => {
    process.stdout.write(`wrote ${file}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
