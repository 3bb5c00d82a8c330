import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { REPO_ROOT, type Neo4jConnectionConfig } from '../../src/config';

/** The type definitions @neo4j/graphql serves (bench/neo4j-graphql/typeDefs.graphql). */
export const TYPE_DEFS_FILE = path.join(REPO_ROOT, 'bench', 'neo4j-graphql', 'typeDefs.graphql');

/** A running @neo4j/graphql server. */
export interface RunningNeo4jGraphQL {
  url: string;
  close(): Promise<void>;
}

/**
 * @neo4j/graphql 7 on its own Apollo Server (the standalone node:http server), on 127.0.0.1 and a
 * free port, with its own driver: the library as its documentation sets it up.
 */
export async function startNeo4jGraphQL(connection: Neo4jConnectionConfig): Promise<RunningNeo4jGraphQL> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
  const library = new Neo4jGraphQL({ typeDefs: readFileSync(TYPE_DEFS_FILE, 'utf8'), driver });
  const schema = await library.getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async () => (connection.database ? { sessionConfig: { database: connection.database } } : {}),
  });
  return {
    url: new URL('/graphql', url).toString(),
    close: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}
