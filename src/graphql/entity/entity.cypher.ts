import type { CypherQuery } from '../../db/gateway';
import type { RelationType } from '../../document/article-graph';
import { labelOf } from '../../loading/load-plan';
import { Direction, isGraphRelationshipType, type EntityKind, type GraphRelationshipType } from '../common/enums';
import type { PageRequest } from '../common/pagination';
import { entityProjection, relationshipProjection } from '../common/projections';
import { cypherInt } from '../common/cypher-int';

/*
 * Pure builders of the entity queries: values travel as parameters; labels and relationship types
 * come from the enums' allow-lists only. Batch queries take the ids of every parent on one level
 * of a GraphQL request (`UNWIND $ids`), so a level costs one round trip whatever its width.
 */

/** Entities by id, in one round trip. */
export function entitiesByIdQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${entityProjection('e')} AS entity`,
    params: { ids: [...ids] },
  };
}

/** The Neo4j label an entities() page reads: the kind's own label, or Entity. */
function entityLabel(kind: EntityKind | null): string {
  return kind ? labelOf(kind) : 'Entity';
}

/**
 * A page of entities. With `search` (a Lucene query built by luceneQuery) it reads the full-text
 * index `entity_names` (name and aliases, case-insensitive) in relevance order, keyset on
 * (score, id); without it, the id index of the kind's label in id order, keyset on id.
 */
export function entitiesPageQuery(options: {
  search: string | null;
  kind: EntityKind | null;
  page: PageRequest;
  withTotal: boolean;
  /**
   * Entities whose normalised name (nameKey, see normaliseName) is exactly this: read from the
   * nameKey range index, in id order, keyset on id. Not together with `search`.
   */
  nameKey?: string | null;
  /**
   * A nested unpaginated relationship list (affiliations...) to fetch in the same statement, for
   * each entity of the page: its rows come back as `nested` beside each entity, as
   * relationshipsBatchQuery would give them, with at most `limit` of them.
   */
  nested?: { types: readonly RelationType[]; direction: Direction; limit: number };
}): CypherQuery {
  const { search, kind, page, withTotal, nested } = options;
  const fold = (variable: string): { call: string; field: string } =>
    nested
      ? {
          call: `\n  ${relationshipRowsCall(variable, nested, { afterId: "''", limit: '$nestedLimit', rows: 'nested' }).replace(/\n/g, '\n  ')}`,
          field: ', nested: nested',
        }
      : { call: '', field: '' };
  const nestedParams = nested ? { nestedLimit: cypherInt(nested.limit) } : {};
  if (search !== null) {
    const folded = fold('node');
    const [afterScore, afterId] = page.after ?? [null, null];
    return {
      cypher: `
CALL {
  CALL db.index.fulltext.queryNodes('entity_names', $search) YIELD node, score
  WHERE ($kind IS NULL OR node.kind = $kind)
    AND ($afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND node.id > $afterId))
  WITH node, score ORDER BY score DESC, node.id ASC LIMIT $limit${folded.call}
  RETURN collect({entity: ${entityProjection('node')}, key: [score, node.id]${folded.field}}) AS rows
}
${
  withTotal
    ? `CALL {
  CALL db.index.fulltext.queryNodes('entity_names', $search) YIELD node
  WHERE $kind IS NULL OR node.kind = $kind
  RETURN count(node) AS totalCount
}`
    : 'WITH rows, null AS totalCount'
}
RETURN rows, totalCount`,
      params: { search, kind, afterScore, afterId, limit: cypherInt(page.limit), ...nestedParams },
    };
  }
  const [afterId] = page.after ?? [''];
  const folded = fold('e');
  if (options.nameKey !== undefined && options.nameKey !== null) {
    // Starts at the nameKey index of Entity; the kind is a predicate (the kind label has no such index).
    const match = 'MATCH (e:Entity {nameKey: $nameKey}) WHERE ($kind IS NULL OR e.kind = $kind)';
    return {
      cypher: `
CALL {
  ${match} AND e.id > $afterId
  WITH e ORDER BY e.id LIMIT $limit${folded.call}
  RETURN collect({entity: ${entityProjection('e')}, key: [e.id]${folded.field}}) AS rows
}
${withTotal ? `CALL { ${match} RETURN count(e) AS totalCount }` : 'WITH rows, null AS totalCount'}
RETURN rows, totalCount`,
      params: { nameKey: options.nameKey, kind, afterId, limit: cypherInt(page.limit), ...nestedParams },
    };
  }
  const label = entityLabel(kind);
  return {
    cypher: `
CALL {
  MATCH (e:${label}) WHERE e.id > $afterId
  WITH e ORDER BY e.id LIMIT $limit${folded.call}
  RETURN collect({entity: ${entityProjection('e')}, key: [e.id]${folded.field}}) AS rows
}
${withTotal ? `CALL { MATCH (e:${label}) RETURN count(e) AS totalCount }` : 'WITH rows, null AS totalCount'}
RETURN rows, totalCount`,
    params: { afterId, limit: cypherInt(page.limit), ...nestedParams },
  };
}

/** For each entity: a page of its mentions (one per article, in article id order) and their number. */
export function mentionsBatchQuery(ids: readonly string[], page: PageRequest): CypherQuery {
  const [afterId] = page.after ?? [''];
  return {
    cypher: `
UNWIND $ids AS entityId
MATCH (e:Entity {id: entityId})
CALL {
  WITH e
  MATCH (e)-[m:MENTIONED_IN]->(a:Article)
  WHERE a.id > $afterId
  WITH m, a ORDER BY a.id LIMIT $limit
  RETURN collect({articleId: a.id, name: m.name, aliases: m.aliases, starts: m.starts, ends: m.ends, excerpts: m.excerpts, provenance: m.provenance}) AS rows
}
RETURN entityId, rows, COUNT { (e)-[:MENTIONED_IN]->(:Article) } AS totalCount`,
    params: { ids: [...ids], afterId, limit: cypherInt(page.limit) },
  };
}

/**
 * The relationship pattern for types and a direction, e.g. `-[r:HAS_ROLE|MEMBER_OF]->`; `length`
 * (`*1..3`) makes it variable-length. Types are checked against the allow-list here, at the one
 * place they enter query text.
 */
export function relationshipPattern(variable: string, types: readonly GraphRelationshipType[], direction: Direction, length = ''): string {
  const typeList = types.map((type) => {
    if (!isGraphRelationshipType(type)) throw new Error(`Unknown relationship type ${String(type)}`);
    return type;
  });
  if (length !== '' && !/^\*\d*(\.\.\d+)?$/.test(length)) throw new Error(`Bad variable-length bound ${length}`);
  const inner = `[${variable}${typeList.length > 0 ? `:${typeList.join('|')}` : ''}${length}]`;
  switch (direction) {
    case Direction.OUTGOING:
      return `-${inner}->`;
    case Direction.INCOMING:
      return `<-${inner}-`;
    case Direction.BOTH:
      return `-${inner}-`;
    default: {
      const unexpected: never = direction;
      throw new Error(`Unknown direction ${String(unexpected)}`);
    }
  }
}

/**
 * For each entity: a page of its relationships of the given types to other entities (keyset on
 * the relationship id), the entity at the other end, the organisation a HAS_ROLE names, and the
 * number of such relationships.
 */
export function relationshipsBatchQuery(
  ids: readonly string[],
  options: { types: readonly RelationType[]; direction: Direction; page: PageRequest; withTotal?: boolean },
): CypherQuery {
  const countPattern = relationshipPattern('', options.types, options.direction);
  // The unpaginated lists (roles, affiliations...) have no totalCount: nothing to count for them.
  const total = options.withTotal === false ? 'null' : `COUNT { (e)${countPattern}(:Entity) }`;
  const [afterId] = options.page.after ?? [''];
  return {
    cypher: `
UNWIND $ids AS entityId
MATCH (e:Entity {id: entityId})
${relationshipRowsCall('e', options, { afterId: '$afterId', limit: '$limit', rows: 'rows' })}
RETURN entityId, ${entityProjection('e')} AS self, rows, ${total} AS totalCount`,
    params: { ids: [...ids], afterId, limit: cypherInt(options.page.limit) },
  };
}

/**
 * The subquery of relationshipsBatchQuery for one entity (bound to `entity`): a page of its
 * relationships of the given types (keyset on the relationship id), each with the entity at the
 * other end and the organisation a HAS_ROLE names, collected as `names.rows`. `names.afterId` and
 * `names.limit` are the parameters (or literals) of the page. Root queries fold a nested list
 * into their own statement with it, so both give the same rows.
 */
export function relationshipRowsCall(
  entity: string,
  options: { types: readonly RelationType[]; direction: Direction },
  names: { afterId: string; limit: string; rows: string },
): string {
  if (!/^[a-z][a-zA-Z0-9]*$/.test(entity)) throw new Error(`Bad variable name ${entity}`);
  const pattern = relationshipPattern('r', options.types, options.direction);
  return `CALL {
  WITH ${entity}
  MATCH (${entity})${pattern}(other:Entity)
  WHERE r.id > ${names.afterId}
  WITH ${entity}, r, other ORDER BY r.id LIMIT ${names.limit}
  OPTIONAL MATCH (organisation:Entity {id: r.organisationId})
  RETURN collect({
    type: type(r), outgoing: startNode(r) = ${entity}, rel: ${relationshipProjection('r')},
    other: ${entityProjection('other')},
    organisation: CASE WHEN organisation IS NULL THEN null ELSE ${entityProjection('organisation')} END
  }) AS ${names.rows}
}`;
}

/**
 * For each organisation: who holds a role in it (HAS_ROLE whose organisationId names it). The
 * organisation is a property of the relationship, which no index covers, so the query walks from
 * the organisation through the articles that mention it: a document can only name an
 * organisation it mentions, so every such role is found there.
 */
export function roleHoldersBatchQuery(ids: readonly string[], limit: number): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS organisationId
MATCH (organisation:Entity {id: organisationId})
CALL {
  WITH organisation
  MATCH (organisation)-[:MENTIONED_IN]->(:Article)<-[:MENTIONED_IN]-(holder:Entity)-[r:HAS_ROLE]->(role:Entity)
  WHERE r.organisationId = organisation.id
  WITH DISTINCT holder, r, role ORDER BY r.id LIMIT $limit
  RETURN collect({rel: ${relationshipProjection('r')}, holder: ${entityProjection('holder')}, role: ${entityProjection('role')}}) AS rows
}
RETURN organisationId, ${entityProjection('organisation')} AS organisation, rows`,
    params: { ids: [...ids], limit: cypherInt(limit) },
  };
}
