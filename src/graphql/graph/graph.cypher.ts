import type { CypherQuery } from '../../db/gateway';
import { Direction, type GraphRelationshipType } from '../common/enums';
import { graphNodeCaptionProjection, graphNodeProjection, relationshipProjection } from '../common/projections';
import { relationshipPattern } from '../entity/entity.cypher';
import { cypherInt } from '../common/cypher-int';

/**
 * A variable-length bound in query text. Cypher takes no parameter there, so the number is checked
 * against its allow-list (a small integer range) before it is written into the query.
 */
function hopBound(value: number, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) throw new Error(`Hop bound ${value} is outside 0..${max}`);
  return value;
}

/** A relationship of a path or neighbourhood: its type, ends and properties. */
function edgeProjection(variable: string, withProps = true): string {
  const props = withProps ? `, props: ${relationshipProjection(variable)}` : '';
  return `{type: type(${variable}), sourceId: startNode(${variable}).id, targetId: endNode(${variable}).id${props}}`;
}

/**
 * A neighbourhood node as its id, label and caption only, the caption made by Neo4j as
 * toGraphNode makes it ("speaker: text" for a statement, the name for an entity): for clients
 * that select nothing else of the nodes, nor edge evidence (which needs the statements' offsets).
 */
function bareNodeProjection(variable: string): string {
  const v = variable;
  return `CASE WHEN ${v}:Statement
    THEN {id: ${v}.id, label: 'Statement', caption: coalesce(head([(${v}_sp:Entity)-[:SAID]->(${v}) | ${v}_sp.name]), 'someone') + ': ' + ${v}.text}
    ELSE {id: ${v}.id, label: ${v}.kind, caption: ${v}.name} END`;
}

/**
 * The shortest paths (all of the shortest length, up to `limit`) between two entities over the
 * given relationship types, which can run through statements (Haydon -SAID-> statement -ABOUT->
 * Prevent). Also says whether each end exists, so an unknown id is NOT_FOUND, not "no path".
 */
export function pathsQuery(options: {
  fromId: string;
  toId: string;
  maxHops: number;
  types: readonly GraphRelationshipType[];
  limit: number;
  maxAllowedHops: number;
}): CypherQuery {
  const hops = hopBound(options.maxHops, options.maxAllowedHops);
  const pattern = relationshipPattern('', options.types, Direction.BOTH, `*..${hops}`);
  return {
    cypher: `
OPTIONAL MATCH (source:Entity {id: $fromId})
OPTIONAL MATCH (target:Entity {id: $toId})
CALL {
  WITH source, target
  WITH source, target WHERE source IS NOT NULL AND target IS NOT NULL
  MATCH p = allShortestPaths((source)${pattern}(target))
  WITH p LIMIT $limit
  RETURN collect({
    nodes: [n IN nodes(p) | ${graphNodeProjection('n')}],
    edges: [r IN relationships(p) | ${edgeProjection('r')}]
  }) AS paths
}
RETURN source IS NOT NULL AS sourceFound, target IS NOT NULL AS targetFound, paths`,
    params: { fromId: options.fromId, toId: options.toId, limit: cypherInt(options.limit) },
  };
}

/**
 * The nodes within `depth` relationships of an entity (breadth-first, each node once, at most
 * `maxNodes`) and the relationships among them, for a graph view.
 */
export function neighbourhoodQuery(options: {
  id: string;
  depth: number;
  maxDepth: number;
  types: readonly GraphRelationshipType[];
  maxNodes: number;
  maxEdges: number;
  /**
   * What the client reads, so that nothing else is fetched: `full` nodes when it selects a node's
   * entity or statement (else captions only: {id, label, caption} made by Neo4j, unless edge
   * evidence needs the statements' offsets), edge properties when it selects an edge's id, role,
   * evidence or provenance (else only type and ends, and no `props`), and statement offsets for edge evidence.
   */
  detail?: { nodes: 'full' | 'captions'; edgeProps: boolean; edgeEvidence: boolean };
}): CypherQuery {
  const depth = hopBound(options.depth, options.maxDepth);
  const detail = options.detail ?? { nodes: 'full', edgeProps: true, edgeEvidence: true };
  const nodeProjection = (variable: string): string =>
    detail.nodes === 'full' ? graphNodeProjection(variable) : detail.edgeEvidence ? graphNodeCaptionProjection(variable, true) : bareNodeProjection(variable);
  const reach = relationshipPattern('', options.types, Direction.BOTH, `*1..${depth}`);
  const outgoing = relationshipPattern('r', options.types, Direction.OUTGOING);
  return {
    cypher: `
MATCH (center:Entity {id: $id})
CALL {
  WITH center
  MATCH (center)${reach}(n)
  WHERE n <> center
  WITH DISTINCT n LIMIT $nodeLimit
  RETURN collect(n) AS reached
}
WITH center, [center] + reached[..$maxNodes] AS nodes, size(reached) > $maxNodes AS nodesTruncated
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)${outgoing}(b)
  WHERE b IN nodes
  WITH r LIMIT $edgeLimit
  RETURN collect(${edgeProjection('r', detail.edgeProps)}) AS edges
}
RETURN [n IN nodes | ${nodeProjection('n')}] AS nodes, edges[..$maxEdges] AS edges,
       nodesTruncated OR size(edges) > $maxEdges AS truncated`,
    params: {
      id: options.id,
      maxNodes: cypherInt(options.maxNodes),
      nodeLimit: cypherInt(options.maxNodes + 1),
      maxEdges: cypherInt(options.maxEdges),
      edgeLimit: cypherInt(options.maxEdges + 1),
    },
  };
}
