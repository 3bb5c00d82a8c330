import { BadInputError, NotFoundError } from '../../errors';
import { GRAPH_RELATIONSHIP_TYPES, type GraphRelationshipType, type Provenance } from '../common/enums';
import { LIMITS } from '../common/limits';
import { checkedInt } from '../common/pagination';
import { evidenceOf, toGraphNode, type GraphNodeRecord, type RawMap } from '../common/records';
import type { GraphQLContext } from '../context';
import { neighbourhoodQuery, pathsQuery } from './graph.cypher';
import type { GraphEdge, Neighbourhood, Path, PathHop } from './graph.type';

interface RawEdge {
  type: GraphRelationshipType;
  sourceId: string;
  targetId: string;
  /** Absent when the client selects none of them (neighbourhoodQuery's edgeProps). */
  props?: RawMap;
}

/** The types to traverse: the ones asked for (deduplicated, sorted), or all of them. */
export function traversalTypes(requested: readonly GraphRelationshipType[] | null | undefined): GraphRelationshipType[] {
  return requested && requested.length > 0 ? [...new Set(requested)].sort() : [...GRAPH_RELATIONSHIP_TYPES];
}

/**
 * The evidence of a relationship: its own offsets, or, for the statement links that carry none
 * (ABOUT, SAID_TO, a SAID without the speaker's words), the statement's.
 */
function edgeEvidence(edge: RawEdge, nodesById: Map<string, GraphNodeRecord>): GraphEdge['evidence'] {
  const props = edge.props ?? {};
  const own = evidenceOf(props, typeof props.articleId === 'string' ? props.articleId : null);
  if (own) return own;
  const statement = nodesById.get(edge.sourceId)?.statement ?? nodesById.get(edge.targetId)?.statement;
  return statement?.evidence ?? null;
}

function toEdge(edge: RawEdge, nodesById: Map<string, GraphNodeRecord>): GraphEdge {
  const props = edge.props ?? {};
  return {
    id: typeof props.id === 'string' ? props.id : `${edge.type}:${edge.sourceId}->${edge.targetId}`,
    type: edge.type,
    sourceId: edge.sourceId,
    targetId: edge.targetId,
    role: typeof props.role === 'string' ? props.role : null,
    evidence: edgeEvidence(edge, nodesById),
    provenance: (props.provenance as Provenance | undefined) ?? null,
  };
}

/** A node given as {id, label, caption} (neighbourhoodQuery's bare captions): only those three are ever read from it. */
function toBareGraphNode(raw: RawMap): GraphNodeRecord {
  return { id: String(raw.id), label: raw.label as GraphNodeRecord['label'], caption: String(raw.caption), entity: null, statement: null };
}

function summaryOf(nodes: GraphNodeRecord[], hops: PathHop[]): string {
  const name = (node: GraphNodeRecord): string =>
    node.label === 'Statement' ? `[${node.statement?.stance ?? ''} statement "${node.statement?.text ?? ''}"]` : node.caption;
  let text = nodes[0] ? name(nodes[0]) : '';
  for (const hop of hops) text += hop.forward ? ` -${hop.type}-> ${name(hop.to)}` : ` <-${hop.type}- ${name(hop.to)}`;
  return text;
}

/** paths(fromId, toId, maxHops, types, first): the shortest connections between two entities. */
export async function findPaths(
  ctx: GraphQLContext,
  args: { fromId: string; toId: string; maxHops?: number | null; types?: GraphRelationshipType[] | null; first?: number | null },
): Promise<Path[]> {
  const maxHops = checkedInt(args.maxHops, LIMITS.defaultPathHops, 1, LIMITS.maxPathHops, 'maxHops');
  const first = checkedInt(args.first, LIMITS.defaultPaths, 1, LIMITS.maxPageSize, 'first');
  if (args.fromId === args.toId) throw new BadInputError('must differ from fromId (a path needs two entities)', 'toId');
  const [row] = await ctx.gateway.read<{ sourceFound: boolean; targetFound: boolean; paths: { nodes: RawMap[]; edges: RawEdge[] }[] }>(
    pathsQuery({ fromId: args.fromId, toId: args.toId, maxHops, types: traversalTypes(args.types), limit: first, maxAllowedHops: LIMITS.maxPathHops }),
  );
  if (!row?.sourceFound) throw new NotFoundError('entity', args.fromId, 'fromId');
  if (!row.targetFound) throw new NotFoundError('entity', args.toId, 'toId');
  const paths = row.paths.map((raw): Path => {
    const nodes = raw.nodes.map(toGraphNode);
    const nodesById = new Map(nodes.map((node) => [node.id, node]));
    const hops = raw.edges.map((edge, i): PathHop => {
      const from = nodes[i]!;
      const to = nodes[i + 1]!;
      const plain = toEdge(edge, nodesById);
      return { type: edge.type, from, to, forward: edge.sourceId === from.id, role: plain.role, evidence: plain.evidence };
    });
    return { length: hops.length, nodes, hops, summary: summaryOf(nodes, hops) };
  });
  // allShortestPaths has no defined order: sort for stable answers (and stable tests).
  return paths.sort((a, b) => a.summary.localeCompare(b.summary));
}

/** Which parts of a neighbourhood the client selects (see neighbourhoodQuery's `detail`). */
export interface NeighbourhoodSelection {
  /** nodes { entity } */
  entities: boolean;
  /** nodes { statement } */
  statements: boolean;
  /** edges { id role provenance } */
  edgeProps: boolean;
  /** edges { evidence } */
  edgeEvidence: boolean;
}

/** neighbourhood(id, depth, relationshipTypes): nodes and edges around an entity. */
export async function findNeighbourhood(
  ctx: GraphQLContext,
  args: { id: string; depth?: number | null; relationshipTypes?: GraphRelationshipType[] | null },
  selected: NeighbourhoodSelection = { entities: true, statements: true, edgeProps: true, edgeEvidence: true },
): Promise<Neighbourhood> {
  // Full entity and statement records only when the client reads them; ids, labels and captions need far less.
  const nodeDetail = selected.entities || selected.statements ? 'full' : 'captions';
  const edgeProps = selected.edgeProps || selected.edgeEvidence;
  const depth = checkedInt(args.depth, LIMITS.defaultNeighbourhoodDepth, 1, LIMITS.maxNeighbourhoodDepth, 'depth');
  const rows = await ctx.gateway.read<{ nodes: RawMap[]; edges: RawEdge[]; truncated: boolean }>(
    neighbourhoodQuery({
      id: args.id,
      depth,
      maxDepth: LIMITS.maxNeighbourhoodDepth,
      types: traversalTypes(args.relationshipTypes),
      maxNodes: LIMITS.maxNeighbourhoodNodes,
      maxEdges: LIMITS.maxNeighbourhoodEdges,
      detail: { nodes: nodeDetail, edgeProps, edgeEvidence: selected.edgeEvidence },
    }),
  );
  const row = rows[0];
  if (!row) throw new NotFoundError('entity', args.id, 'id');
  const bare = nodeDetail === 'captions' && !selected.edgeEvidence;
  const nodes = row.nodes.map(bare ? toBareGraphNode : toGraphNode);
  const nodesById = new Map(nodes.map((node) => [node.id, node]));
  // Caption-only records lack most fields: they must not answer later lookups of the same entities.
  if (nodeDetail === 'full') ctx.loaders.primeEntities(nodes.map((node) => node.entity));
  return { centerId: args.id, nodes, edges: row.edges.map((edge) => toEdge(edge, nodesById)), truncated: row.truncated };
}
