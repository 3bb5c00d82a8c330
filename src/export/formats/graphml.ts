import type { ExportEdge, ExportGraph, ExportNode, PropertyValue } from '../export.types';
import { EDGE_PROPERTY_NAMES, NODE_PROPERTY_NAMES, PROPERTY_TYPES, type PropertyName, type PropertyType } from '../properties';
import { xmlEscape } from './xml';

/*
 * GraphML (http://graphml.graphdrawing.org/) for Gephi, Cytoscape, yEd and NetworkX: typed
 * <key>s, directed edges with ids (parallel edges stay apart), labels as ":Entity:Person" (the
 * convention of Neo4j's APOC export) and the relationship type as `type`. GraphML has no list
 * type, so lists (aliases, mention offsets) are JSON text.
 */

/** The GraphML `attr.type` of a property type. */
function graphmlType(type: PropertyType): string {
  switch (type) {
    case 'string':
    case 'string[]':
    case 'int[]':
      return 'string';
    case 'int':
      return 'int';
    case 'double':
      return 'double';
    case 'boolean':
      return 'boolean';
    default: {
      const unexpected: never = type;
      throw new Error(`Unknown property type ${String(unexpected)}`);
    }
  }
}

/** A property value as GraphML (and GEXF) text: lists as JSON. */
export function attributeText(value: PropertyValue): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

// The element's own id attribute carries `id`; repeating it as data would say it twice.
const NODE_KEYS = NODE_PROPERTY_NAMES.filter((name) => name !== 'id');
const EDGE_KEYS = EDGE_PROPERTY_NAMES.filter((name) => name !== 'id');

function keyElement(id: string, domain: 'node' | 'edge', name: string, type: string): string {
  return `  <key id="${id}" for="${domain}" attr.name="${xmlEscape(name)}" attr.type="${type}"/>\n`;
}

function dataElements(prefix: string, keys: readonly PropertyName[], properties: Record<string, PropertyValue>): string {
  let out = '';
  for (const name of keys) {
    const value = properties[name];
    if (value !== undefined) out += `    <data key="${prefix}${name}">${xmlEscape(attributeText(value))}</data>\n`;
  }
  return out;
}

function nodeElement(node: ExportNode): string {
  return (
    `  <node id="${xmlEscape(node.id)}">\n` +
    `    <data key="n_labels">${xmlEscape(node.labels.map((label) => `:${label}`).join(''))}</data>\n` +
    `    <data key="n_label">${xmlEscape(node.caption)}</data>\n` +
    dataElements('n_', NODE_KEYS, node.properties) +
    '  </node>\n'
  );
}

function edgeElement(edge: ExportEdge): string {
  return (
    `  <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.sourceId)}" target="${xmlEscape(edge.targetId)}">\n` +
    `    <data key="e_type">${xmlEscape(edge.type)}</data>\n` +
    `    <data key="e_label">${xmlEscape(edge.type)}</data>\n` +
    dataElements('e_', EDGE_KEYS, edge.properties) +
    '  </edge>\n'
  );
}

/** Writes a subgraph as GraphML, one element at a time. */
export async function* writeGraphML(graph: ExportGraph): AsyncGenerator<string> {
  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    `  <desc>${xmlEscape(`News knowledge graph: ${graph.description}`)}</desc>\n` +
    keyElement('n_labels', 'node', 'labels', 'string') +
    keyElement('n_label', 'node', 'label', 'string');
  for (const name of NODE_KEYS) head += keyElement(`n_${name}`, 'node', name, graphmlType(PROPERTY_TYPES[name]));
  head += keyElement('e_type', 'edge', 'type', 'string') + keyElement('e_label', 'edge', 'label', 'string');
  for (const name of EDGE_KEYS) head += keyElement(`e_${name}`, 'edge', name, graphmlType(PROPERTY_TYPES[name]));
  yield `${head}  <graph id="G" edgedefault="directed">\n`;
  for await (const node of graph.nodes) yield nodeElement(node);
  for await (const edge of graph.edges) yield edgeElement(edge);
  yield '  </graph>\n</graphml>\n';
}
