import type { ExportEdge, ExportNode, PropertyValue } from '../export.types';
import { EDGE_PROPERTY_NAMES, NODE_PROPERTY_NAMES, PROPERTY_TYPES, type PropertyName, type PropertyType } from '../properties';

/*
 * CSV for `neo4j-admin database import full`: a nodes file (`id:ID`, `:LABEL`, typed property
 * columns) and a relationships file (`:START_ID`, `:END_ID`, `:TYPE`, typed columns). Lists use
 * the import tool's default array delimiter `;`, labels too. Every non-empty text is quoted, with
 * quotes doubled; an empty field means "no such property". Article text spans lines, so the
 * import needs `--multiline-fields=true`. One id space: article, entity and statement ids never
 * collide in this model (entity ids carry a `kind:` prefix, statement ids an `article/` prefix).
 */

/** The array delimiter neo4j-admin uses by default (`--array-delimiter`). */
export const CSV_ARRAY_DELIMITER = ';';

/** The neo4j-admin header type of a property type (`start:int`, `starts:int[]`); plain text has none. */
function headerType(type: PropertyType): string {
  switch (type) {
    case 'string':
      return '';
    case 'int':
      return ':int';
    case 'double':
      return ':double';
    case 'boolean':
      return ':boolean';
    case 'string[]':
      return ':string[]';
    case 'int[]':
      return ':int[]';
    default: {
      const unexpected: never = type;
      throw new Error(`Unknown property type ${String(unexpected)}`);
    }
  }
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** One CSV field; `where` names the node or relationship in the error a list item with `;` raises. */
function field(value: PropertyValue | undefined, where: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const items = (value as (string | number)[]).map(String);
  const clash = items.find((item) => item.includes(CSV_ARRAY_DELIMITER));
  if (clash !== undefined) {
    throw new Error(
      `${where}: the list item "${clash}" contains the array delimiter "${CSV_ARRAY_DELIMITER}", which neo4j-admin would split; export this graph as GraphML or JSON instead`,
    );
  }
  return quoted(items.join(CSV_ARRAY_DELIMITER));
}

const NODE_COLUMNS = NODE_PROPERTY_NAMES.filter((name) => name !== 'id');
const EDGE_COLUMNS: readonly PropertyName[] = EDGE_PROPERTY_NAMES;

/** The header line of nodes.csv. */
export function nodesCsvHeader(): string {
  return ['id:ID', ':LABEL', ...NODE_COLUMNS.map((name) => `${name}${headerType(PROPERTY_TYPES[name])}`)].join(',');
}

/** The header line of relationships.csv. */
export function relationshipsCsvHeader(): string {
  return [':START_ID', ':END_ID', ':TYPE', ...EDGE_COLUMNS.map((name) => `${name}${headerType(PROPERTY_TYPES[name])}`)].join(',');
}

/** Writes nodes.csv, one line per node. */
export async function* writeNodesCsv(nodes: AsyncIterable<ExportNode>): AsyncGenerator<string> {
  yield `${nodesCsvHeader()}\n`;
  for await (const node of nodes) {
    const where = `node ${node.id}`;
    yield `${[quoted(node.id), field(node.labels, where), ...NODE_COLUMNS.map((name) => field(node.properties[name], `${where}, ${name}`))].join(',')}\n`;
  }
}

/** Writes relationships.csv, one line per relationship. */
export async function* writeRelationshipsCsv(edges: AsyncIterable<ExportEdge>): AsyncGenerator<string> {
  yield `${relationshipsCsvHeader()}\n`;
  for await (const edge of edges) {
    const where = `relationship ${edge.id}`;
    yield `${[quoted(edge.sourceId), quoted(edge.targetId), quoted(edge.type), ...EDGE_COLUMNS.map((name) => field(edge.properties[name], `${where}, ${name}`))].join(',')}\n`;
  }
}
