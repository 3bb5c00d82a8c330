import type { PropertyValue } from './export.types';

/** The type a property is exported with; formats map it to their own (GraphML `int`, CSV `int[]`...). */
export type PropertyType = 'string' | 'int' | 'double' | 'boolean' | 'string[]' | 'int[]';

/**
 * Every property the loader stores (src/loading/load-plan.ts, schema/model.md) with its type.
 * Neo4j cannot say it: the JavaScript driver sends every number as a float, so offsets are stored
 * as 225.0; the model says they are integers. A test checks that this list covers every property
 * key the loader writes, so a new property cannot be dropped from exports unnoticed.
 */
export const PROPERTY_TYPES = {
  id: 'string',
  // Article
  title: 'string',
  text: 'string',
  publishedAt: 'string',
  publishedAtCertainty: 'string',
  source: 'string',
  url: 'string',
  reviewedBy: 'string',
  schemaVersion: 'string',
  contentHash: 'string',
  loadedAt: 'string',
  // Entity
  name: 'string',
  nameKey: 'string',
  kind: 'string',
  aliases: 'string[]',
  articleCount: 'int',
  description: 'string',
  articleScoped: 'boolean',
  date: 'string',
  datePrecision: 'string',
  dateCertainty: 'string',
  dateText: 'string',
  dateStart: 'int',
  dateEnd: 'int',
  dateArticleId: 'string',
  // Statement
  localId: 'string',
  stance: 'string',
  stanceConfidence: 'double',
  reportingVerb: 'string',
  // Evidence, on statements and relationships
  articleId: 'string',
  start: 'int',
  end: 'int',
  excerpt: 'string',
  provenance: 'string',
  confidence: 'double',
  // MENTIONED_IN: one entry per mention
  starts: 'int[]',
  ends: 'int[]',
  excerpts: 'string[]',
  // Relations
  role: 'string',
  qualifier: 'string',
  organisationId: 'string',
} as const satisfies Record<string, PropertyType>;

/** A property name the catalogue knows. */
export type PropertyName = keyof typeof PROPERTY_TYPES;

/**
 * Stored properties that exports leave out: `aliasText` repeats `aliases` one a line for the
 * full-text index and means nothing outside Neo4j; `textHash` is the index key ingest finds an
 * article's text by, computed from `text`, which exports carry.
 */
export const INTERNAL_PROPERTIES: readonly string[] = ['aliasText', 'textHash'];

/** Node properties in the order formats list them (columns, keys). */
export const NODE_PROPERTY_NAMES: readonly PropertyName[] = [
  'id',
  'kind',
  'name',
  'title',
  'text',
  'aliases',
  'description',
  'articleCount',
  'articleScoped',
  'nameKey',
  'date',
  'datePrecision',
  'dateCertainty',
  'dateText',
  'dateStart',
  'dateEnd',
  'dateArticleId',
  'publishedAt',
  'publishedAtCertainty',
  'source',
  'url',
  'reviewedBy',
  'schemaVersion',
  'contentHash',
  'loadedAt',
  'localId',
  'articleId',
  'stance',
  'stanceConfidence',
  'reportingVerb',
  'start',
  'end',
  'excerpt',
  'provenance',
  'confidence',
];

/** Relationship properties in the order formats list them. */
export const EDGE_PROPERTY_NAMES: readonly PropertyName[] = [
  'id',
  'articleId',
  'start',
  'end',
  'excerpt',
  'role',
  'qualifier',
  'organisationId',
  'name',
  'aliases',
  'starts',
  'ends',
  'excerpts',
  'provenance',
  'confidence',
];

function typed(value: unknown, type: PropertyType): PropertyValue {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : String(value);
    case 'int':
      return typeof value === 'number' ? Math.round(value) : Number.parseInt(String(value), 10);
    case 'double':
      return typeof value === 'number' ? value : Number(value);
    case 'boolean':
      return value === true || value === 'true';
    case 'string[]':
      return Array.isArray(value) ? value.filter((item) => item !== null).map(String) : [String(value)];
    case 'int[]':
      return Array.isArray(value) ? value.filter((item) => item !== null).map((item) => Math.round(Number(item))) : [Math.round(Number(value))];
    default: {
      const unexpected: never = type;
      throw new Error(`Unknown property type ${String(unexpected)}`);
    }
  }
}

/** Picks the catalogue's properties from a stored property map, typed; nulls and unknown keys are left out. */
export function typedProperties(raw: Record<string, unknown>, names: readonly PropertyName[]): Record<string, PropertyValue> {
  const properties: Record<string, PropertyValue> = {};
  for (const name of names) {
    const value = raw[name];
    if (value === null || value === undefined) continue;
    const converted = typed(value, PROPERTY_TYPES[name]);
    if (!(typeof converted === 'number' && Number.isNaN(converted))) properties[name] = converted;
  }
  return properties;
}
