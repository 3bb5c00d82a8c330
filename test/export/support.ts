import type { DatabaseGateway } from '../../src/db/gateway';
import { NEIGHBOURHOOD_TYPES } from '../../src/export/export.cypher';
import type { ExportScope } from '../../src/export/export.types';

/**
 * Node and relationship counts of a subgraph, written independently of the exporter's queries
 * (variable-length patterns where the exporter walks step by step, one MATCH where it pages).
 */
export async function cypherCounts(gateway: DatabaseGateway, scope: ExportScope): Promise<{ nodes: number; edges: number }> {
  let cypher: string;
  let params: Record<string, unknown> = {};
  switch (scope.kind) {
    case 'graph':
      cypher = `CALL { MATCH (n) WHERE NOT n:KgMigration RETURN count(n) AS nodes }
                CALL { MATCH ()-[r]->() RETURN count(r) AS edges } RETURN nodes, edges`;
      break;
    case 'article':
      cypher = `MATCH (a:Article {id: $articleId})
                CALL { WITH a MATCH (n) WHERE n = a OR (n:Entity AND (n)-[:MENTIONED_IN]->(a)) OR (n:Statement AND (n)-[:REPORTED_IN]->(a)) RETURN count(n) AS nodes }
                CALL { MATCH ()-[r]->() WHERE r.articleId = $articleId RETURN count(r) AS edges } RETURN nodes, edges`;
      params = { articleId: scope.articleId };
      break;
    case 'neighbourhood': {
      const types = NEIGHBOURHOOD_TYPES.join('|');
      cypher = `MATCH (c:Entity {id: $entityId}) MATCH (c)-[:${types}*0..${scope.depth}]-(n)
                WITH collect(DISTINCT n) AS ns
                CALL { WITH ns UNWIND ns AS a MATCH (a)-[r:${types}]->(b) WHERE b IN ns RETURN count(r) AS edges }
                RETURN size(ns) AS nodes, edges`;
      params = { entityId: scope.entityId };
      break;
    }
    default:
      throw new Error('unknown scope');
  }
  const [row] = await gateway.read<{ nodes: number; edges: number }>({ cypher, params });
  return { nodes: row?.nodes ?? 0, edges: row?.edges ?? 0 };
}
