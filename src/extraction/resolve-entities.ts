import type { CypherQuery, DatabaseGateway } from '../db/gateway';
import type { ArticleGraphDocument, DocumentEntity, EntityType } from '../document/article-graph';
import { normaliseName } from '../loading/normalise';

/** An entity already in the graph that an extracted one might be. */
export interface GraphEntityCandidate {
  id: string;
  kind: EntityType;
  name: string;
  aliases: string[];
}

/** What to look up for one extracted entity. */
export interface CandidateRequest {
  id: string;
  kind: EntityType;
  /** Normalised name and aliases (as stored in nameKey). */
  keys: string[];
  /** Names and aliases lower-cased (for comparisons in memory). */
  lowerNames: string[];
  /** Names and aliases as written (aliases are stored as written). */
  names: string[];
  /** For a one-word name ("Smith"): the word, to find full names ending in it. */
  surname?: string;
}

/** Finds graph entities for many requests at once; keyed by request id. */
export type CandidateLookup = (requests: CandidateRequest[]) => Promise<Map<string, GraphEntityCandidate[]>>;

/** What the resolver decided for one entity, for logs and tests. */
export interface ResolutionDecision {
  extractedId: string;
  resolvedId: string;
  reason: 'same-id' | 'name' | 'alias' | 'surname' | 'ambiguous' | 'new';
  candidates: string[];
}

/** Kinds matched across articles; article-scoped speakers, roles and events never are. */
const RESOLVABLE: ReadonlySet<EntityType> = new Set(['Person', 'Organisation', 'Place', 'Programme']);
/** Words that title a name and do not belong to it ("Commander Haydon" is still "Haydon"). */
const TITLE_WORD = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|professor|cllr|coun|councillor|judge|commander|cc|pcc|the)$/;

function keysOf(entity: DocumentEntity): string[] {
  return [...new Set([entity.name, ...entity.aliases].map(normaliseName).filter(Boolean))];
}

/** The request for one extracted entity (undefined when it is not matched across articles). */
export function candidateRequest(entity: DocumentEntity): CandidateRequest | undefined {
  if (!RESOLVABLE.has(entity.type) || entity.articleScoped) return undefined;
  const nameWords = normaliseName(entity.name)
    .split(' ')
    .filter((w) => !TITLE_WORD.test(w));
  return {
    id: entity.id,
    kind: entity.type,
    keys: keysOf(entity),
    lowerNames: [...new Set([entity.name, ...entity.aliases].map((n) => n.toLowerCase()))],
    names: [...new Set([entity.name, ...entity.aliases])],
    surname: entity.type === 'Person' && nameWords.length === 1 ? nameWords[0] : undefined,
  };
}

/**
 * Decides which graph entity an extracted entity is. The same id always wins. A full name joins
 * the one graph entity of the same type whose name or alias it matches (by normalised name); a
 * one-word person name ("Smith") joins an existing person only when exactly one candidate matches,
 * by name, alias or surname; with two or more candidates it stays separate.
 */
export function chooseCandidate(entity: DocumentEntity, candidates: GraphEntityCandidate[]): ResolutionDecision {
  const ids = candidates.map((c) => c.id);
  const decision = (resolvedId: string, reason: ResolutionDecision['reason']): ResolutionDecision => ({
    extractedId: entity.id,
    resolvedId,
    reason,
    candidates: ids,
  });
  if (candidates.some((c) => c.id === entity.id)) return decision(entity.id, 'same-id');
  const sameKind = candidates.filter((c) => c.kind === entity.type);
  const name = normaliseName(entity.name);
  const byName = sameKind.filter((c) => normaliseName(c.name) === name);
  if (byName.length === 1) return decision(byName[0]!.id, 'name');
  if (byName.length > 1) return decision(entity.id, 'ambiguous');
  const keys = new Set(keysOf(entity).filter((key) => key.includes(' ') || key === name));
  const byAlias = sameKind.filter((c) => [c.name, ...c.aliases].some((alias) => keys.has(normaliseName(alias))));
  if (byAlias.length === 1) return decision(byAlias[0]!.id, 'alias');
  if (byAlias.length > 1) return decision(entity.id, 'ambiguous');
  const request = candidateRequest(entity);
  if (request?.surname) {
    const bySurname = sameKind.filter((c) => normaliseName(c.name).split(' ').pop() === request.surname);
    if (bySurname.length === 1) return decision(bySurname[0]!.id, 'surname');
    if (bySurname.length > 1) return decision(entity.id, 'ambiguous');
  }
  return decision(entity.id, 'new');
}

/**
 * Maps a document's entities onto entities already in the graph (see chooseCandidate) and
 * rewrites every reference; two extracted entities that resolve to one graph entity become one.
 * Pure apart from the lookup callback, so it is tested without a database.
 */
export async function resolveEntities(
  doc: ArticleGraphDocument,
  lookup: CandidateLookup,
): Promise<{ document: ArticleGraphDocument; decisions: ResolutionDecision[] }> {
  const requests = doc.entities.map(candidateRequest).filter((r): r is CandidateRequest => r !== undefined);
  if (requests.length === 0) return { document: doc, decisions: [] };
  const found = await lookup(requests);
  const decisions = doc.entities
    .filter((entity) => requests.some((r) => r.id === entity.id))
    .map((entity) => chooseCandidate(entity, found.get(entity.id) ?? []));
  const mapping = new Map(decisions.filter((d) => d.resolvedId !== d.extractedId).map((d) => [d.extractedId, d.resolvedId]));
  if (mapping.size === 0) return { document: doc, decisions };
  return { document: applyIdMapping(doc, mapping), decisions };
}

/** Renames entities in a document, merging any that end up with the same id. */
export function applyIdMapping(doc: ArticleGraphDocument, mapping: Map<string, string>): ArticleGraphDocument {
  const map = (id: string): string => mapping.get(id) ?? id;
  const merged = new Map<string, DocumentEntity>();
  for (const entity of doc.entities) {
    const id = map(entity.id);
    const existing = merged.get(id);
    if (!existing) {
      merged.set(id, { ...entity, id, aliases: [...entity.aliases], mentions: [...entity.mentions] });
      continue;
    }
    const names = new Set([...existing.aliases, entity.name, ...entity.aliases]);
    names.delete(existing.name);
    existing.aliases = [...names];
    const spans = new Set(existing.mentions.map((m) => `${m.start}:${m.end}`));
    for (const mention of entity.mentions) if (!spans.has(`${mention.start}:${mention.end}`)) existing.mentions.push(mention);
    existing.mentions.sort((a, b) => a.start - b.start);
  }
  return {
    ...doc,
    entities: [...merged.values()],
    statements: doc.statements.map((s) => ({
      ...s,
      speakerId: map(s.speakerId),
      aboutIds: [...new Set(s.aboutIds.map(map))],
      ...(s.audienceId ? { audienceId: map(s.audienceId) } : {}),
    })),
    relations: doc.relations
      .map((r) => ({ ...r, sourceId: map(r.sourceId), targetId: map(r.targetId), ...(r.organisationId ? { organisationId: map(r.organisationId) } : {}) }))
      .filter((r) => r.sourceId !== r.targetId),
  };
}

/**
 * The one Cypher query the resolver sends: graph entities whose name key is one of the request's,
 * whose stored aliases include one of its names, or (for a one-word name) whose name ends in it.
 * Each branch can use an index (range on nameKey, text on aliasText and nameKey); chooseCandidate
 * checks every candidate again, so a loose match here costs nothing but a row.
 */
export function candidateQuery(requests: CandidateRequest[]): CypherQuery {
  return {
    cypher: `
UNWIND $requests AS request
CALL {
  WITH request
  MATCH (e:Entity) WHERE e.nameKey IN request.keys
  RETURN e
  UNION
  WITH request
  UNWIND request.names AS name
  MATCH (e:Entity) WHERE e.aliasText CONTAINS (name + '\n')
  RETURN e
  UNION
  WITH request
  WITH request WHERE request.surname IS NOT NULL
  MATCH (e:Entity) WHERE e.nameKey ENDS WITH (' ' + request.surname)
  RETURN e
}
WITH request, e
WHERE e.kind = request.kind AND coalesce(e.articleScoped, false) = false
RETURN request.id AS requestId, collect({id: e.id, kind: e.kind, name: e.name, aliases: coalesce(e.aliases, [])}) AS candidates`,
    params: { requests: requests.map((r) => ({ id: r.id, kind: r.kind, keys: r.keys, names: r.names, surname: r.surname ?? null })) },
  };
}

/** A CandidateLookup that asks the graph, in one read. */
export function graphCandidateLookup(gateway: DatabaseGateway): CandidateLookup {
  return async (requests) => {
    const rows = await gateway.read<{ requestId: string; candidates: GraphEntityCandidate[] }>(candidateQuery(requests));
    return new Map(rows.map((row) => [row.requestId, row.candidates]));
  };
}
