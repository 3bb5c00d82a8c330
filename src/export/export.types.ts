/*
 * The shapes every export format is written from: a subgraph as a stream of nodes followed by a
 * stream of edges. Serializers are pure functions of these; only subgraph.reader.ts reads Neo4j.
 */

/** A property value after typing by the catalogue (properties.ts); nulls are left out. */
export type PropertyValue = string | number | boolean | string[] | number[];

/** A node of the graph: an article, an entity or a statement. */
export interface ExportNode {
  /** The node's `id` property: unique across the exported labels. */
  id: string;
  /** Neo4j labels, sorted (`["Entity", "Person"]`). */
  labels: string[];
  /** A short text to draw it with: name, title, or "speaker: text" for a statement. */
  caption: string;
  /** Stored properties the catalogue knows, typed; absent when null. */
  properties: Record<string, PropertyValue>;
}

/** A relationship of the graph. */
export interface ExportEdge {
  /** The relationship's `id` property, or `TYPE:sourceId->targetId` (the GraphQL GraphEdge id) when it has none. */
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  properties: Record<string, PropertyValue>;
}

/** Which part of the graph to export. */
export type ExportScope = { kind: 'graph' } | { kind: 'article'; articleId: string } | { kind: 'neighbourhood'; entityId: string; depth: number };

/**
 * A subgraph ready to serialize. `nodes` must be consumed before `edges` (formats such as GEXF
 * and Cytoscape JSON list every node before any edge), and each can be iterated once.
 */
export interface ExportGraph {
  /** In words, for file metadata ("article prevent-2017"). */
  description: string;
  nodes: AsyncIterable<ExportNode>;
  edges: AsyncIterable<ExportEdge>;
}
