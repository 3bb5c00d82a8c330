import type { CypherQuery } from '../../db/gateway';
import { STANCES, STATEMENT_KINDS } from '../../document/article-graph';
import type { Stance, StatementKind } from '../common/enums';
import type { PageRequest } from '../common/pagination';
import { ALL_STATEMENT_PARTS, entityProjection, statementProjection, type StatementParts } from '../common/projections';
import { cypherInt } from '../common/cypher-int';

/** The statements filter, validated: `text` is already a safe Lucene query. */
export interface StatementCriteria {
  speakerId: string | null;
  aboutId: string | null;
  kind: StatementKind | null;
  stance: Stance | null;
  articleId: string | null;
  text: string | null;
}

/**
 * Where a statements query starts, chosen so that every filter combination begins at an index:
 * the full-text index for `text`, the entity id index for speaker/topic, the articleId index, the
 * (kind, stance) composite index, or the id index itself. The other filters become predicates.
 */
function statementAnchor(criteria: StatementCriteria): { match: string; covered: keyof StatementCriteria | 'kindStance' | 'none' } {
  if (criteria.text !== null) {
    return { match: "CALL db.index.fulltext.queryNodes('statement_text', $text) YIELD node AS s", covered: 'text' };
  }
  if (criteria.speakerId !== null) return { match: 'MATCH (:Entity {id: $speakerId})-[:SAID]->(s:Statement)', covered: 'speakerId' };
  if (criteria.aboutId !== null) return { match: 'MATCH (s:Statement)-[:ABOUT]->(:Entity {id: $aboutId})', covered: 'aboutId' };
  if (criteria.articleId !== null) return { match: 'MATCH (s:Statement) WHERE s.articleId = $articleId', covered: 'articleId' };
  if (criteria.kind !== null || criteria.stance !== null) {
    // Both properties get a predicate so the composite (kind, stance) index applies to either filter alone.
    return { match: 'MATCH (s:Statement) WHERE s.kind IN $kinds AND s.stance IN $stances', covered: 'kindStance' };
  }
  return { match: 'MATCH (s:Statement) WHERE s.id > $afterId', covered: 'none' };
}

function statementPredicates(criteria: StatementCriteria, covered: ReturnType<typeof statementAnchor>['covered']): string[] {
  const predicates: string[] = [];
  if (criteria.speakerId !== null && covered !== 'speakerId') predicates.push('EXISTS { (:Entity {id: $speakerId})-[:SAID]->(s) }');
  if (criteria.aboutId !== null && covered !== 'aboutId') predicates.push('EXISTS { (s)-[:ABOUT]->(:Entity {id: $aboutId}) }');
  if (criteria.articleId !== null && covered !== 'articleId') predicates.push('s.articleId = $articleId');
  if (covered !== 'kindStance') {
    if (criteria.kind !== null) predicates.push('s.kind = $kind');
    if (criteria.stance !== null) predicates.push('s.stance = $stance');
  }
  return predicates;
}

/** A page of statements matching the criteria, in id order (keyset on id). */
export function statementsPageQuery(
  criteria: StatementCriteria,
  page: PageRequest,
  withTotal: boolean,
  parts: StatementParts = ALL_STATEMENT_PARTS,
): CypherQuery {
  const anchor = statementAnchor(criteria);
  const predicates = statementPredicates(criteria, anchor.covered);
  const keyset = anchor.covered === 'none' ? [] : ['s.id > $afterId'];
  const where = (list: string[]): string => (list.length > 0 ? `\n  ${anchor.match.includes(' WHERE ') ? 'AND' : 'WHERE'} ${list.join(' AND ')}` : '');
  const [afterId] = page.after ?? [''];
  return {
    cypher: `
CALL {
  ${anchor.match}${where([...predicates, ...keyset])}
  WITH s ORDER BY s.id LIMIT $limit
  RETURN collect(${statementProjection('s', parts)}) AS rows
}
${
  withTotal
    ? `CALL {
  ${anchor.covered === 'none' ? 'MATCH (s:Statement)' : anchor.match}${where(predicates)}
  RETURN count(s) AS totalCount
}`
    : 'WITH rows, null AS totalCount'
}
RETURN rows, totalCount`,
    params: {
      ...criteria,
      kinds: criteria.kind !== null ? [criteria.kind] : [...STATEMENT_KINDS],
      stances: criteria.stance !== null ? [criteria.stance] : [...STANCES],
      afterId,
      limit: cypherInt(page.limit),
    },
  };
}

/** Which statements of an entity: those it said, those about it, or those said to it. */
export type StatementRole = 'speaker' | 'about' | 'audience';

function rolePattern(role: StatementRole): string {
  switch (role) {
    case 'speaker':
      return '(e)-[:SAID]->(s:Statement)';
    case 'about':
      return '(s:Statement)-[:ABOUT]->(e)';
    case 'audience':
      return '(s:Statement)-[:SAID_TO]->(e)';
    default: {
      const unexpected: never = role;
      throw new Error(`Unknown statement role ${String(unexpected)}`);
    }
  }
}

/**
 * The same pattern without the Statement label, for counting: only statements have SAID in,
 * ABOUT and SAID_TO out, so the count is the same, and Neo4j reads it from the node's stored
 * relationship counts instead of visiting every statement (a popular entity has thousands).
 */
function roleDegreePattern(role: StatementRole): string {
  switch (role) {
    case 'speaker':
      return '(e)-[:SAID]->()';
    case 'about':
      return '()-[:ABOUT]->(e)';
    case 'audience':
      return '()-[:SAID_TO]->(e)';
    default: {
      const unexpected: never = role;
      throw new Error(`Unknown statement role ${String(unexpected)}`);
    }
  }
}

/**
 * For each entity: a page of the statements it has the given role in (id order) and, when
 * `withTotal`, their number (null otherwise: counting visits every matching statement when a
 * stance is given, so it is done only when the client selects totalCount).
 */
export function statementsOfEntitiesBatchQuery(
  ids: readonly string[],
  options: { role: StatementRole; stance: Stance | null; page: PageRequest; withTotal?: boolean; parts?: StatementParts },
): CypherQuery {
  const part = statementsOfEntityParts(options);
  return {
    cypher: `
UNWIND $ids AS entityId
MATCH (e:Entity {id: entityId})
${part.call}
RETURN entityId, rows, ${part.total} AS totalCount`,
    params: { ids: [...ids], ...part.params },
  };
}

/**
 * One entity (by id) with the page of statementsOfEntitiesBatchQuery in the same statement: the
 * root field entity(id) folds a nested statementsMade/About/Heard into its own round trip.
 * `entity` is null (and `rows` empty) when there is no such entity.
 */
export function entityWithStatementsQuery(
  id: string,
  options: { role: StatementRole; stance: Stance | null; page: PageRequest; withTotal?: boolean; parts?: StatementParts },
): CypherQuery {
  const part = statementsOfEntityParts(options);
  return {
    cypher: `
MATCH (e:Entity {id: $id})
${part.call}
RETURN ${entityProjection('e')} AS entity, rows, ${part.total} AS totalCount`,
    params: { id, ...part.params },
  };
}

/** The page subquery (over `e`), the totalCount expression and their parameters, shared by the two queries above. */
function statementsOfEntityParts(options: { role: StatementRole; stance: Stance | null; page: PageRequest; withTotal?: boolean; parts?: StatementParts }): {
  call: string;
  total: string;
  params: Record<string, unknown>;
} {
  const pattern = rolePattern(options.role);
  // The page reads every statement of the entity to sort them, so each check per statement
  // counts: the label is left out (only statements have these relationships, see
  // roleDegreePattern) and the keyset predicate is there only when there is a cursor.
  const pagePattern = roleDegreePattern(options.role).replace('()', '(s)');
  const [afterId] = options.page.after ?? [''];
  const predicates = [...(options.page.after ? ['s.id > $afterId'] : []), ...(options.stance === null ? [] : ['s.stance = $stance'])];
  const total =
    options.withTotal === false
      ? 'null'
      : options.stance === null
        ? `COUNT { ${roleDegreePattern(options.role)} }`
        : `COUNT { MATCH ${pattern} WHERE s.stance = $stance }`;
  return {
    call: `CALL {
  WITH e
  MATCH ${pagePattern}${predicates.length > 0 ? `\n  WHERE ${predicates.join(' AND ')}` : ''}
  WITH s ORDER BY s.id LIMIT $limit
  RETURN collect(${statementProjection('s', options.parts)}) AS rows
}`,
    total,
    params: { stance: options.stance, afterId, limit: cypherInt(options.page.limit) },
  };
}

/** Statements by id, in one statement (federation resolves `_entities` references with it). */
export function statementsByIdQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN ${statementProjection('s')} AS statement`,
    params: { ids: [...ids] },
  };
}
