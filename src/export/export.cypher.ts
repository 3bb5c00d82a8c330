import type { CypherQuery } from '../db/gateway';
import { cypherInt } from '../graphql/common/cypher-int';
import { GRAPH_RELATIONSHIP_TYPES, isGraphRelationshipType } from '../graphql/common/enums';

/*
 * Pure builders of the export's Cypher. Nodes are read label by label in pages, keyset on `id`
 * (each label has a unique index on it, so a page is an index range scan in id order); edges are
 * read with their start node, in pages of start nodes, so no query ever holds the whole graph.
 */

/** The labels whose nodes are exported, each with a unique `id`; KgMigration is bookkeeping, not graph. */
export const EXPORTED_LABELS = ['Article', 'Entity', 'Statement'] as const;
export type ExportedLabel = (typeof EXPORTED_LABELS)[number];

/** Which nodes of a label a page reads: all, those an article contributed, or given ids. */
export type NodeSelection = { kind: 'all' } | { kind: 'article'; articleId: string } | { kind: 'ids'; ids: readonly string[] };

/** The caption of a node: a statement is shown as "speaker: text", like GraphNode.caption. */
const CAPTION = `CASE
  WHEN n:Statement THEN coalesce(head([(sp:Entity)-[:SAID]->(n) | sp.name]) + ': ', '') + n.text
  WHEN n:Article THEN n.title
  ELSE n.name END`;

function checkedLabel(label: ExportedLabel): string {
  if (!(EXPORTED_LABELS as readonly string[]).includes(label)) throw new Error(`Unknown export label ${String(label)}`);
  return label;
}

/** The MATCH of one page of nodes of a label, in id order, binding `n`. */
function nodePageMatch(label: ExportedLabel, selection: NodeSelection): string {
  const l = checkedLabel(label);
  switch (selection.kind) {
    case 'all':
      return `MATCH (n:${l}) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $limit`;
    case 'article':
      if (l === 'Article') return 'MATCH (n:Article {id: $articleId}) WHERE n.id > $after WITH n LIMIT $limit';
      if (l === 'Statement') return 'MATCH (n:Statement) WHERE n.articleId = $articleId AND n.id > $after WITH n ORDER BY n.id LIMIT $limit';
      return `MATCH (:Article {id: $articleId})<-[:MENTIONED_IN]-(n:${l}) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $limit`;
    case 'ids':
      // The reader passes one page of ids at a time, so $limit is the page's length anyway.
      return `MATCH (n:${l}) WHERE n.id IN $ids AND n.id > $after WITH n ORDER BY n.id LIMIT $limit`;
    default: {
      const unexpected: never = selection;
      throw new Error(`Unknown node selection ${JSON.stringify(unexpected)}`);
    }
  }
}

function selectionParams(selection: NodeSelection, after: string, limit: number): Record<string, unknown> {
  return {
    after,
    limit: cypherInt(limit),
    ...(selection.kind === 'article' ? { articleId: selection.articleId } : {}),
    ...(selection.kind === 'ids' ? { ids: [...selection.ids] } : {}),
  };
}

/** One page of nodes of a label after the id `after` (exclusive), with labels, properties and caption. */
export function nodePageQuery(label: ExportedLabel, selection: NodeSelection, after: string, limit: number): CypherQuery {
  return {
    cypher: `
${nodePageMatch(label, selection)}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, ${CAPTION} AS caption
ORDER BY id`,
    params: selectionParams(selection, after, limit),
  };
}

/** A relationship pattern over allow-listed types only (they are written into the query text). */
function typedRelationship(variable: string, types: readonly string[] | null): string {
  if (types === null) return `[${variable}]`;
  for (const type of types) if (!isGraphRelationshipType(type)) throw new Error(`Unknown relationship type ${type}`);
  return `[${variable}:${types.join('|')}]`;
}

/**
 * The outgoing relationships of one page of start nodes (each start node once, with its
 * relationships in a list, possibly empty, so the next page starts after the last node). For an
 * article only its own facts count (`articleId` on the relationship); `types` restricts the
 * relationship types (a neighbourhood follows the same types as the GraphQL `neighbourhood`).
 */
export function edgePageQuery(
  label: ExportedLabel,
  selection: NodeSelection,
  after: string,
  limit: number,
  types: readonly string[] | null = null,
): CypherQuery {
  const articleOnly = selection.kind === 'article' ? 'WHERE r.articleId = $articleId' : '';
  return {
    cypher: `
${nodePageMatch(label, selection)}
CALL {
  WITH n
  MATCH (n)-${typedRelationship('r', types)}->(m)
  ${articleOnly}
  WITH r, m ORDER BY type(r), m.id, r.id
  RETURN collect({type: type(r), targetId: m.id, properties: properties(r)}) AS edges
}
RETURN n.id AS sourceId, edges
ORDER BY sourceId`,
    params: selectionParams(selection, after, limit),
  };
}

/** Whether the article exists. */
export function articleExistsQuery(articleId: string): CypherQuery {
  return { cypher: 'OPTIONAL MATCH (a:Article {id: $articleId}) RETURN a IS NOT NULL AS found', params: { articleId } };
}

/** Whether the entity exists. */
export function entityExistsQuery(entityId: string): CypherQuery {
  return { cypher: 'OPTIONAL MATCH (e:Entity {id: $entityId}) RETURN e IS NOT NULL AS found', params: { entityId } };
}

/** The relationship types a neighbourhood export follows: those of the GraphQL `neighbourhood` (no MENTIONED_IN, REPORTED_IN). */
export const NEIGHBOURHOOD_TYPES: readonly string[] = [...GRAPH_RELATIONSHIP_TYPES];

/**
 * One step of a breadth-first walk: the entities and statements one relationship away (either
 * direction) from the frontier. Walking step by step visits each node once, where a
 * variable-length pattern would enumerate every path and explode around well-connected nodes.
 */
export function neighbourStepQuery(frontier: readonly string[], types: readonly string[] = NEIGHBOURHOOD_TYPES): CypherQuery {
  const relationship = typedRelationship('', types);
  return {
    cypher: `
UNWIND $frontier AS frontierId
CALL {
  WITH frontierId
  MATCH (a:Entity {id: frontierId}) RETURN a
  UNION
  WITH frontierId
  MATCH (a:Statement {id: frontierId}) RETURN a
}
MATCH (a)-${relationship}-(b)
RETURN DISTINCT b.id AS id, CASE WHEN b:Statement THEN 'Statement' ELSE 'Entity' END AS label`,
    params: { frontier: [...frontier] },
  };
}
