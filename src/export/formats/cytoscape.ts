import type { ExportEdge, ExportGraph, ExportNode } from '../export.types';

/*
 * Cytoscape.js JSON (`elements.nodes` / `elements.edges`, each with `data`), which Cytoscape
 * desktop imports as .cyjs and NetworkX reads with `nx.cytoscape_graph`. NetworkX needs, besides
 * `id`: a top-level `data` object, `directed` and `multigraph` flags, the node key in
 * `data.value`, and in a multigraph an edge `key` (else every parallel edge gets key 0 and
 * overwrites the previous one): the edge id is the key, so parallel edges stay apart.
 */

function nodeElement(node: ExportNode): string {
  const data = {
    ...node.properties,
    id: node.id,
    value: node.id,
    name: node.caption,
    labels: node.labels,
    label: node.labels.filter((label) => label !== 'Entity').join(':') || node.labels.join(':'),
  };
  return JSON.stringify({ data });
}

function edgeElement(edge: ExportEdge): string {
  const data = {
    ...edge.properties,
    id: edge.id,
    source: edge.sourceId,
    target: edge.targetId,
    key: edge.id,
    type: edge.type,
    // Cytoscape desktop's column for the kind of an edge.
    interaction: edge.type,
  };
  return JSON.stringify({ data });
}

/** Writes a subgraph as Cytoscape.js JSON, one element at a time. */
export async function* writeCytoscapeJson(graph: ExportGraph): AsyncGenerator<string> {
  yield `{"data":${JSON.stringify({ name: `News knowledge graph: ${graph.description}` })},"directed":true,"multigraph":true,"elements":{"nodes":[\n`;
  let first = true;
  for await (const node of graph.nodes) {
    yield `${first ? '' : ',\n'}${nodeElement(node)}`;
    first = false;
  }
  yield '\n],"edges":[\n';
  first = true;
  for await (const edge of graph.edges) {
    yield `${first ? '' : ',\n'}${edgeElement(edge)}`;
    first = false;
  }
  yield '\n]}}\n';
}
