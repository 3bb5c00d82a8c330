import 'reflect-metadata';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { REPO_ROOT } from '../config';
import { ArticleResolver } from './article/article.resolver';
import { ENTITY_RESOLVERS } from './entity/entity.resolver';
import { GraphResolver } from './graph/graph.resolver';
import { HealthResolver } from './health/health.resolver';
import { IngestResolver } from './ingest/ingest.resolver';
import { SearchResolver } from './search/search.resolver';
import { StatementResolver } from './statement/statement.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';

/** Where the emitted SDL is committed: the API's contract. */
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schema', 'schema.graphql');

const SDL_HEADER = `# The GraphQL API's contract, generated from the resolver classes in src/graphql/.
# Do not edit: run \`npm run schema:emit\` after changing them (a test fails while this file is stale).

`;

/** Builds the executable schema from the resolver classes. */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [HealthResolver, ArticleResolver, ...ENTITY_RESOLVERS, StatementResolver, SearchResolver, GraphResolver, TimelineResolver, IngestResolver],
    // Arguments are checked by the services (they name the argument and the allowed range).
    validate: false,
  });
}

/** The schema as committed SDL: sorted, so the file changes only when the API does. */
export function schemaSdl(schema: GraphQLSchema): string {
  return SDL_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

/** Rewrites schema/schema.graphql from the resolver classes (`npm run schema:emit`). */
export async function emitSchemaFile(file: string = SCHEMA_FILE): Promise<string> {
  const sdl = schemaSdl(await buildGraphQLSchema());
  await fs.writeFile(file, sdl, 'utf8');
  return file;
}
