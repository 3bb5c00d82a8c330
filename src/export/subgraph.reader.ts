import type { DatabaseGateway } from '../db/gateway';
import { NotFoundError } from '../errors';
import {
  EXPORTED_LABELS,
  NEIGHBOURHOOD_TYPES,
  articleExistsQuery,
  edgePageQuery,
  entityExistsQuery,
  neighbourStepQuery,
  nodePageQuery,
  type ExportedLabel,
  type NodeSelection,
} from './export.cypher';
import type { ExportEdge, ExportGraph, ExportNode, ExportScope } from './export.types';
import { EDGE_PROPERTY_NAMES, NODE_PROPERTY_NAMES, typedProperties } from './properties';

/** Nodes (or start nodes of edges) per read: one short read transaction each. */
export const DEFAULT_EXPORT_PAGE_SIZE = 500;

interface NodeRow {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
  caption: string | null;
}

interface EdgeRow {
  sourceId: string;
  edges: { type: string; targetId: string; properties: Record<string, unknown> }[];
}

/** What a page reads for one label: its selection, or nothing when the scope has no such nodes. */
type LabelPlan = { label: ExportedLabel; selections: NodeSelection[]; paged: boolean };

function toNode(row: NodeRow): ExportNode {
  return { id: row.id, labels: [...row.labels].sort(), caption: row.caption ?? row.id, properties: typedProperties(row.properties, NODE_PROPERTY_NAMES) };
}

/** The id an edge is known by: its own, or the GraphQL GraphEdge id `TYPE:source->target`. */
export function edgeIdOf(type: string, sourceId: string, targetId: string, properties: Record<string, unknown>): string {
  return typeof properties.id === 'string' ? properties.id : `${type}:${sourceId}->${targetId}`;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The ids within `depth` relationships of an entity, walking breadth-first over the GraphQL
 * neighbourhood's relationship types, one query per step and page of the frontier.
 */
async function neighbourhoodIds(gateway: DatabaseGateway, entityId: string, depth: number, pageSize: number): Promise<Map<string, ExportedLabel>> {
  const visited = new Map<string, ExportedLabel>([[entityId, 'Entity']]);
  let frontier = [entityId];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const page of chunks(frontier, pageSize)) {
      for (const row of await gateway.read<{ id: string; label: ExportedLabel }>(neighbourStepQuery(page))) {
        if (visited.has(row.id)) continue;
        visited.set(row.id, row.label);
        next.push(row.id);
      }
    }
    frontier = next;
  }
  return visited;
}

/**
 * Opens a subgraph for export: checks that the article or entity exists (NOT_FOUND otherwise) and
 * returns node and edge streams that read Neo4j a page at a time as they are consumed. Each page
 * is its own read transaction, so an export never holds a transaction open for long; the price is
 * that an article loaded or removed during an export may show in part of it.
 */
export async function openSubgraph(gateway: DatabaseGateway, scope: ExportScope, options: { pageSize?: number } = {}): Promise<ExportGraph> {
  const pageSize = options.pageSize ?? DEFAULT_EXPORT_PAGE_SIZE;
  let plans: LabelPlan[];
  let edgeTypes: readonly string[] | null = null;
  let inScope: (id: string) => boolean = () => true;
  let description: string;
  switch (scope.kind) {
    case 'graph':
      plans = EXPORTED_LABELS.map((label) => ({ label, selections: [{ kind: 'all' }], paged: true }));
      description = 'the whole graph';
      break;
    case 'article': {
      const [row] = await gateway.read<{ found: boolean }>(articleExistsQuery(scope.articleId));
      if (!row?.found) throw new NotFoundError('article', scope.articleId, 'article');
      plans = EXPORTED_LABELS.map((label) => ({ label, selections: [{ kind: 'article', articleId: scope.articleId }], paged: true }));
      description = `article ${scope.articleId}`;
      break;
    }
    case 'neighbourhood': {
      const [row] = await gateway.read<{ found: boolean }>(entityExistsQuery(scope.entityId));
      if (!row?.found) throw new NotFoundError('entity', scope.entityId, 'entity');
      const ids = await neighbourhoodIds(gateway, scope.entityId, scope.depth, pageSize);
      const idsOf = (label: ExportedLabel): string[] =>
        [...ids]
          .filter(([, l]) => l === label)
          .map(([id]) => id)
          .sort();
      plans = EXPORTED_LABELS.map((label) => ({ label, selections: chunks(idsOf(label), pageSize).map((page) => ({ kind: 'ids', ids: page })), paged: false }));
      edgeTypes = NEIGHBOURHOOD_TYPES;
      inScope = (id) => ids.has(id);
      description = `the neighbourhood of ${scope.entityId} to depth ${scope.depth}`;
      break;
    }
    default: {
      const unexpected: never = scope;
      throw new Error(`Unknown export scope ${JSON.stringify(unexpected)}`);
    }
  }

  async function* nodes(): AsyncGenerator<ExportNode> {
    for (const plan of plans) {
      for (const selection of plan.selections) {
        let after = '';
        for (;;) {
          const rows = await gateway.read<NodeRow>(nodePageQuery(plan.label, selection, after, pageSize));
          for (const row of rows) yield toNode(row);
          const last = rows[rows.length - 1];
          if (!plan.paged || !last || rows.length < pageSize) break;
          after = last.id;
        }
      }
    }
  }

  async function* edges(): AsyncGenerator<ExportEdge> {
    for (const plan of plans) {
      for (const selection of plan.selections) {
        let after = '';
        for (;;) {
          const rows = await gateway.read<EdgeRow>(edgePageQuery(plan.label, selection, after, pageSize, edgeTypes));
          for (const row of rows) {
            for (const edge of row.edges) {
              if (!inScope(edge.targetId)) continue;
              yield {
                id: edgeIdOf(edge.type, row.sourceId, edge.targetId, edge.properties),
                type: edge.type,
                sourceId: row.sourceId,
                targetId: edge.targetId,
                properties: typedProperties(edge.properties, EDGE_PROPERTY_NAMES),
              };
            }
          }
          const last = rows[rows.length - 1];
          if (!plan.paged || !last || rows.length < pageSize) break;
          after = last.sourceId;
        }
      }
    }
  }

  return { description, nodes: nodes(), edges: edges() };
}
