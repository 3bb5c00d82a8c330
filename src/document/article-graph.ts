/**
 * The article-graph document: the interchange format between extraction and loading.
 * schema/article-graph.schema.json is its contract; these types mirror it and a unit test keeps
 * the two in step.
 */

export const ENTITY_TYPES = ['Person', 'Organisation', 'Place', 'Event', 'Programme', 'Group', 'Role'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const STATEMENT_KINDS = ['direct', 'indirect', 'mixed'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const STANCES = ['supports', 'criticises', 'neutral', 'unclear'] as const;
export type Stance = (typeof STANCES)[number];

export const PROVENANCES = ['human-reviewed', 'machine-extracted'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export const RELATION_TYPES = [
  'HAS_ROLE',
  'AFFILIATED_WITH',
  'MEMBER_OF',
  'PART_OF',
  'LOCATED_IN',
  'SET_UP',
  'CHANGED',
  'PARTICIPATED_IN',
  'OCCURRED_IN',
  'INVOLVES',
  'TARGETS',
  'ALSO_KNOWN_AS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const DATE_PRECISIONS = ['year', 'month', 'day', 'minute'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const DATE_CERTAINTIES = ['stated', 'resolved', 'approximate'] as const;
export type DateCertainty = (typeof DATE_CERTAINTIES)[number];

/** A stretch of article.text: UTF-16 offsets, start inclusive, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface DocumentDate {
  value: string;
  precision: DatePrecision;
  certainty: DateCertainty;
  text?: string;
  start?: number;
  end?: number;
}

export interface ArticleMeta {
  id: string;
  title: string;
  text: string;
  publishedAt: string;
  publishedAtCertainty?: 'stated' | 'inferred';
  source: string;
  url?: string;
}

export interface DocumentEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description?: string;
  mentions: Span[];
  date?: DocumentDate;
  articleScoped?: boolean;
  provenance?: Provenance;
  confidence?: number;
}

export interface DocumentStatement extends Span {
  id: string;
  speakerId: string;
  text: string;
  kind: StatementKind;
  stance: Stance;
  stanceConfidence?: number;
  aboutIds: string[];
  reportingVerb?: string;
  speakerMention?: Span;
  audienceId?: string;
  date?: DocumentDate;
  provenance?: Provenance;
  confidence?: number;
}

export interface DocumentRelation extends Span {
  id: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  role?: string;
  qualifier?: string;
  organisationId?: string;
  provenance?: Provenance;
  confidence?: number;
}

export interface ArticleGraphDocument {
  schemaVersion: '1.0';
  provenance: Provenance;
  reviewedBy?: string;
  article: ArticleMeta;
  entities: DocumentEntity[];
  statements: DocumentStatement[];
  relations: DocumentRelation[];
}
