import type { DateCertainty, DatePrecision, EntityKind, GraphRelationshipType, NodeLabel, Provenance, Stance, StatementKind } from './enums';
import type { DateValue, Evidence } from './evidence.type';

/*
 * The records resolvers work with, mapped from the rows of the projections in projections.ts.
 * Type-graphql object types read these plain objects; field resolvers add what needs a query.
 */

/** An entity of any kind. */
export interface EntityRecord {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  description: string | null;
  articleCount: number;
  articleScoped: boolean;
  /** Events only. */
  date: DateValue | null;
}

/** A statement with its speaker, topics and audience. */
export interface StatementRecord {
  id: string;
  text: string;
  kind: StatementKind;
  stance: Stance;
  stanceConfidence: number | null;
  reportingVerb: string | null;
  articleId: string;
  evidence: Evidence;
  provenance: Provenance;
  confidence: number | null;
  date: DateValue | null;
  speaker: EntityRecord | null;
  /** The words naming the speaker ("Haydon said"), when the document gives them. */
  speakerEvidence: Evidence | null;
  about: EntityRecord[];
  audience: EntityRecord | null;
}

/** An article's metadata and text. */
export interface ArticleRecord {
  id: string;
  title: string;
  text: string;
  publishedAt: string;
  publishedAtCertainty: string | null;
  source: string;
  url: string | null;
  provenance: Provenance;
  reviewedBy: string | null;
  loadedAt: string | null;
  contentHash: string | null;
}

/** A relationship between two entities, seen from one of them. */
export interface RelationshipRecord {
  id: string;
  type: GraphRelationshipType;
  /** True when the relationship starts at the entity it was asked from. */
  outgoing: boolean;
  source: EntityRecord;
  target: EntityRecord;
  role: string | null;
  qualifier: string | null;
  /** HAS_ROLE: where the role is held. */
  organisation: EntityRecord | null;
  evidence: Evidence | null;
  provenance: Provenance | null;
  confidence: number | null;
}

/** A node of a path or neighbourhood. */
export interface GraphNodeRecord {
  id: string;
  label: NodeLabel;
  caption: string;
  entity: EntityRecord | null;
  statement: StatementRecord | null;
}

/** Raw row shapes, as the projections return them. */
export type RawMap = Record<string, unknown>;

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function num(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/** A DateValue from the `date…` properties a node carries, or null when it has none. */
export function dateOf(raw: RawMap): DateValue | null {
  const value = str(raw.date);
  if (value === null) return null;
  return {
    value,
    precision: (str(raw.datePrecision) ?? 'year') as DatePrecision,
    certainty: (str(raw.dateCertainty) ?? 'stated') as DateCertainty,
    text: str(raw.dateText),
  };
}

/** Evidence from `start`, `end`, `excerpt` (and the article id); null when the offsets are missing. */
export function evidenceOf(raw: RawMap | null | undefined, articleId: string | null): Evidence | null {
  if (!raw || !articleId) return null;
  const start = num(raw.start);
  const end = num(raw.end);
  const excerpt = str(raw.excerpt);
  if (start === null || end === null || excerpt === null) return null;
  return { articleId, start, end, excerpt };
}

/** Maps an entity projection. */
export function toEntity(raw: RawMap): EntityRecord {
  return {
    id: String(raw.id),
    name: String(raw.name),
    kind: raw.kind as EntityKind,
    aliases: Array.isArray(raw.aliases) ? (raw.aliases as unknown[]).map(String) : [],
    description: str(raw.description),
    articleCount: num(raw.articleCount) ?? 0,
    articleScoped: raw.articleScoped === true,
    date: dateOf(raw),
  };
}

/** Maps a statement projection. */
export function toStatement(raw: RawMap): StatementRecord {
  const articleId = String(raw.articleId);
  const speaker = raw.speaker as { entity: RawMap; said: RawMap | null } | null;
  return {
    id: String(raw.id),
    text: String(raw.text),
    kind: raw.kind as StatementKind,
    stance: raw.stance as Stance,
    stanceConfidence: num(raw.stanceConfidence),
    reportingVerb: str(raw.reportingVerb),
    articleId,
    // A statement always has its offsets (the loader requires them).
    evidence: evidenceOf(raw, articleId) ?? { articleId, start: 0, end: 0, excerpt: '' },
    provenance: raw.provenance as Provenance,
    confidence: num(raw.confidence),
    date: dateOf(raw),
    speaker: speaker ? toEntity(speaker.entity) : null,
    speakerEvidence: evidenceOf(speaker?.said, articleId),
    about: Array.isArray(raw.about) ? (raw.about as RawMap[]).map(toEntity) : [],
    audience: raw.audience ? toEntity(raw.audience as RawMap) : null,
  };
}

/** Maps an article projection. */
export function toArticle(raw: RawMap): ArticleRecord {
  return {
    id: String(raw.id),
    title: String(raw.title),
    text: String(raw.text ?? ''),
    publishedAt: String(raw.publishedAt),
    publishedAtCertainty: str(raw.publishedAtCertainty),
    source: String(raw.source ?? ''),
    url: str(raw.url),
    provenance: raw.provenance as Provenance,
    reviewedBy: str(raw.reviewedBy),
    loadedAt: str(raw.loadedAt),
    contentHash: str(raw.contentHash),
  };
}

/** Maps a graphNodeProjection: `{entity}` or `{statement}`. */
export function toGraphNode(raw: RawMap): GraphNodeRecord {
  if (raw.statement) {
    const statement = toStatement(raw.statement as RawMap);
    const speaker = statement.speaker?.name ?? 'someone';
    return { id: statement.id, label: 'Statement', caption: `${speaker}: ${statement.text}`, entity: null, statement };
  }
  const entity = toEntity(raw.entity as RawMap);
  return { id: entity.id, label: entity.kind, caption: entity.name, entity, statement: null };
}
