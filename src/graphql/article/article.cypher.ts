import type { CypherQuery } from '../../db/gateway';
import type { EntityKind } from '../common/enums';
import type { PageRequest } from '../common/pagination';
import { articleProjection, entityProjection, statementProjection } from '../common/projections';
import { cypherInt } from '../common/cypher-int';

/** Articles by id, in one round trip. */
export function articlesByIdQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN ${articleProjection('a')} AS article`,
    params: { ids: [...ids] },
  };
}

/**
 * A page of articles, newest first: keyset on (publishedAt, id) descending, read from the
 * `article_published` index. The range predicate on publishedAt is what lets the planner seek in
 * the index and stop after `limit` rows, however deep the page.
 */
export function articlesPageQuery(page: PageRequest, withTotal: boolean): CypherQuery {
  const [afterPublishedAt, afterId] = page.after ?? [null, null];
  const where =
    afterPublishedAt === null ? 'a.publishedAt IS NOT NULL' : 'a.publishedAt <= $afterPublishedAt AND (a.publishedAt < $afterPublishedAt OR a.id < $afterId)';
  return {
    cypher: `
CALL {
  MATCH (a:Article) WHERE ${where}
  WITH a ORDER BY a.publishedAt DESC, a.id DESC LIMIT $limit
  RETURN collect({article: ${articleProjection('a')}, key: [a.publishedAt, a.id]}) AS rows
}
${withTotal ? 'CALL { MATCH (a:Article) RETURN count(a) AS totalCount }' : 'WITH rows, null AS totalCount'}
RETURN rows, totalCount`,
    params: { afterPublishedAt, afterId, limit: cypherInt(page.limit) },
  };
}

/** For each article: a page of the entities it mentions (id order, optionally of one kind) and their number. */
export function articleEntitiesBatchQuery(ids: readonly string[], options: { kind: EntityKind | null; page: PageRequest }): CypherQuery {
  const [afterId] = options.page.after ?? [''];
  return {
    cypher: `
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
CALL {
  WITH a
  MATCH (e:Entity)-[:MENTIONED_IN]->(a)
  WHERE e.id > $afterId AND ($kind IS NULL OR e.kind = $kind)
  WITH e ORDER BY e.id LIMIT $limit
  RETURN collect(${entityProjection('e')}) AS rows
}
RETURN articleId, rows, COUNT { (e:Entity)-[:MENTIONED_IN]->(a) WHERE $kind IS NULL OR e.kind = $kind } AS totalCount`,
    params: { ids: [...ids], kind: options.kind, afterId, limit: cypherInt(options.page.limit) },
  };
}

/** For each article: a page of the statements it reports (id order) and their number. */
export function articleStatementsBatchQuery(ids: readonly string[], page: PageRequest): CypherQuery {
  const [afterId] = page.after ?? [''];
  return {
    cypher: `
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
CALL {
  WITH a
  MATCH (s:Statement)-[:REPORTED_IN]->(a)
  WHERE s.id > $afterId
  WITH s ORDER BY s.id LIMIT $limit
  RETURN collect(${statementProjection('s')}) AS rows
}
RETURN articleId, rows, COUNT { (:Statement)-[:REPORTED_IN]->(a) } AS totalCount`,
    params: { ids: [...ids], afterId, limit: cypherInt(page.limit) },
  };
}
