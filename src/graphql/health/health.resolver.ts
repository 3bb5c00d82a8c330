import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { Health } from './health.type';

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: 'Service and database status' })
  async health(@Ctx() { gateway }: GraphQLContext): Promise<Health> {
    try {
      const rows = await gateway.read<{ version: string; articles: number }>({
        cypher: `CALL dbms.components() YIELD name, versions WHERE name = "Neo4j Kernel"
                 CALL { MATCH (a:Article) RETURN count(a) AS articles }
                 RETURN versions[0] AS version, articles`,
      });
      return { status: 'ok', neo4jVersion: rows[0]?.version ?? null, articles: rows[0]?.articles ?? 0 };
    } catch {
      return { status: 'degraded', neo4jVersion: null, articles: 0 };
    }
  }
}
