import type { ExportEdge, ExportGraph, ExportNode, PropertyValue } from '../export.types';
import { EDGE_PROPERTY_NAMES, NODE_PROPERTY_NAMES, PROPERTY_TYPES, type PropertyName, type PropertyType } from '../properties';
import { attributeText } from './graphml';
import { xmlEscape } from './xml';

/*
 * GEXF 1.3 (https://gexf.net/), Gephi's own format: a static directed graph, typed attributes,
 * node labels (captions) and edge `kind` (the relationship type, which Gephi uses to keep parallel
 * edges of different types apart). Lists are JSON text, as in the GraphML export: GEXF's list
 * types are read differently by Gephi and NetworkX.
 */

function gexfType(type: PropertyType): string {
  switch (type) {
    case 'string':
    case 'string[]':
    case 'int[]':
      return 'string';
    case 'int':
      return 'integer';
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

const NODE_KEYS = NODE_PROPERTY_NAMES.filter((name) => name !== 'id');
const EDGE_KEYS = EDGE_PROPERTY_NAMES.filter((name) => name !== 'id');

function attributesElement(domain: 'node' | 'edge', keys: readonly PropertyName[], extra: string[]): string {
  let out = `    <attributes class="${domain}" mode="static">\n`;
  for (const name of extra) out += `      <attribute id="${name}" title="${name}" type="string"/>\n`;
  for (const name of keys) out += `      <attribute id="${name}" title="${name}" type="${gexfType(PROPERTY_TYPES[name])}"/>\n`;
  return `${out}    </attributes>\n`;
}

function attvalues(values: [string, PropertyValue | undefined][]): string {
  let out = '';
  for (const [name, value] of values) {
    if (value !== undefined) out += `          <attvalue for="${name}" value="${xmlEscape(attributeText(value))}"/>\n`;
  }
  return out === '' ? '' : `        <attvalues>\n${out}        </attvalues>\n`;
}

function nodeElement(node: ExportNode): string {
  const values: [string, PropertyValue | undefined][] = [
    ['labels', node.labels.map((label) => `:${label}`).join('')],
    ...NODE_KEYS.map((name): [string, PropertyValue | undefined] => [name, node.properties[name]]),
  ];
  return `      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.caption)}">\n${attvalues(values)}      </node>\n`;
}

function edgeElement(edge: ExportEdge): string {
  const values: [string, PropertyValue | undefined][] = [
    ['type', edge.type],
    ...EDGE_KEYS.map((name): [string, PropertyValue | undefined] => [name, edge.properties[name]]),
  ];
  return (
    `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.sourceId)}" target="${xmlEscape(edge.targetId)}" kind="${xmlEscape(edge.type)}" label="${xmlEscape(edge.type)}">\n` +
    `${attvalues(values)}      </edge>\n`
  );
}

/** Writes a subgraph as GEXF 1.3, one element at a time. `now` dates the file (tests pin it). */
export async function* writeGexf(graph: ExportGraph, now: Date = new Date()): AsyncGenerator<string> {
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '    xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}">\n` +
    '    <creator>news-knowledge-graph</creator>\n' +
    `    <description>${xmlEscape(`News knowledge graph: ${graph.description}`)}</description>\n` +
    '  </meta>\n' +
    '  <graph mode="static" defaultedgetype="directed">\n' +
    attributesElement('node', NODE_KEYS, ['labels']) +
    attributesElement('edge', EDGE_KEYS, ['type']) +
    '    <nodes>\n'
  );
  for await (const node of graph.nodes) yield nodeElement(node);
  yield '    </nodes>\n    <edges>\n';
  for await (const edge of graph.edges) yield edgeElement(edge);
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
