import 'reflect-metadata';
import * as path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { REPO_ROOT } from '../config';
import { HealthResolver } from './health/health.resolver';

/** Where the emitted SDL is committed: the API's contract. */
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schema', 'schema.graphql');

/** Builds the executable schema from the resolver classes; `emit` also writes schema/schema.graphql. */
export async function buildGraphQLSchema(options: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [HealthResolver],
    emitSchemaFile: options.emit ? { path: SCHEMA_FILE, sortedSchema: true } : false,
    validate: false,
  });
}
