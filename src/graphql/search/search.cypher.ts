import type { CypherQuery } from '../../db/gateway';
import type { EntityKind } from '../common/enums';
import { graphNodeProjection } from '../common/projections';
import { cypherInt } from '../common/cypher-int';

/**
 * Full-text search over entity names and aliases (`entity_names`) and statement text
 * (`statement_text`), best first. `search` must come from luceneQuery (escaped). Each index is read
 * lazily in score order and stops after `limit` matches.
 */
export function searchQuery(options: { search: string; entityKinds: readonly EntityKind[]; statements: boolean; limit: number }): CypherQuery {
  const branches: string[] = [];
  if (options.entityKinds.length > 0) {
    branches.push(`
  CALL db.index.fulltext.queryNodes('entity_names', $search) YIELD node, score
  WITH node, score WHERE node.kind IN $entityKinds
  WITH node, score LIMIT $limit
  RETURN node, score`);
  }
  if (options.statements) {
    branches.push(`
  CALL db.index.fulltext.queryNodes('statement_text', $search) YIELD node, score
  WITH node, score LIMIT $limit
  RETURN node, score`);
  }
  if (branches.length === 0) throw new Error('searchQuery needs entity kinds or statements');
  return {
    cypher: `
CALL {${branches.join('\n  UNION ALL')}
}
WITH node, score ORDER BY score DESC, node.id ASC LIMIT $limit
RETURN score, ${graphNodeProjection('node')} AS node`,
    params: { search: options.search, entityKinds: [...options.entityKinds], limit: cypherInt(options.limit) },
  };
}
