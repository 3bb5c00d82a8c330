import type { ArticleGraphDocument, DocumentEntity, DocumentRelation, DocumentStatement } from '../document/article-graph';
import { normaliseName } from '../loading/normalise';

/** What extraction would change against a reviewed document: added, removed and changed facts. */
export interface DocumentDiff {
  entities: { added: DocumentEntity[]; removed: DocumentEntity[]; changed: { reviewed: DocumentEntity; extracted: DocumentEntity; changes: string[] }[] };
  statements: {
    added: DocumentStatement[];
    removed: DocumentStatement[];
    changed: { reviewed: DocumentStatement; extracted: DocumentStatement; changes: string[] }[];
  };
  relations: {
    added: DocumentRelation[];
    removed: DocumentRelation[];
    changed: { reviewed: DocumentRelation; extracted: DocumentRelation; changes: string[] }[];
  };
}

function names(entity: DocumentEntity): Set<string> {
  return new Set([entity.name, ...entity.aliases].map(normaliseName));
}

/** Pairs each extracted entity with the reviewed one of the same id, else of the same type sharing a name. */
function pairEntities(extracted: DocumentEntity[], reviewed: DocumentEntity[]): Map<string, string> {
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  for (const entity of extracted) {
    if (reviewed.some((r) => r.id === entity.id)) {
      pairs.set(entity.id, entity.id);
      taken.add(entity.id);
    }
  }
  for (const entity of extracted) {
    if (pairs.has(entity.id)) continue;
    const keys = names(entity);
    const match = reviewed.find((r) => !taken.has(r.id) && r.type === entity.type && [...names(r)].some((n) => keys.has(n)));
    if (match) {
      pairs.set(entity.id, match.id);
      taken.add(match.id);
    }
  }
  return pairs;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Compares an extracted document with a reviewed one of the same text. Entities pair by id, else
 * by type and a shared name; statements by the largest overlap of their spans; relations by type
 * and (paired) ends. Changes name what differs (speaker, kind, stance, aliases, role…).
 */
export function diffDocuments(extracted: ArticleGraphDocument, reviewed: ArticleGraphDocument): DocumentDiff {
  const pairs = pairEntities(extracted.entities, reviewed.entities);
  const toReviewed = (id: string): string => pairs.get(id) ?? id;
  const pairedReviewed = new Set(pairs.values());

  const entityChanges = extracted.entities
    .filter((e) => pairs.has(e.id))
    .map((e) => {
      const r = reviewed.entities.find((x) => x.id === pairs.get(e.id))!;
      const changes: string[] = [];
      if (e.id !== r.id) changes.push(`id ${r.id} → ${e.id}`);
      if (e.name !== r.name) changes.push(`name "${r.name}" → "${e.name}"`);
      const added = e.aliases.filter((a) => !r.aliases.includes(a) && a !== r.name);
      const removed = r.aliases.filter((a) => !e.aliases.includes(a) && a !== e.name);
      if (added.length) changes.push(`aliases +${JSON.stringify(added)}`);
      if (removed.length) changes.push(`aliases -${JSON.stringify(removed)}`);
      if (e.mentions.length !== r.mentions.length) changes.push(`mentions ${r.mentions.length} → ${e.mentions.length}`);
      if ((e.date?.value ?? '') !== (r.date?.value ?? '')) changes.push(`date ${r.date?.value ?? '-'} → ${e.date?.value ?? '-'}`);
      return { reviewed: r, extracted: e, changes };
    })
    .filter((c) => c.changes.length > 0);

  const statementPairs: { reviewed: DocumentStatement; extracted: DocumentStatement }[] = [];
  const usedReviewed = new Set<string>();
  const addedStatements: DocumentStatement[] = [];
  for (const statement of extracted.statements) {
    const best = reviewed.statements
      .filter((r) => !usedReviewed.has(r.id) && overlap(r, statement) > 0)
      .sort((a, b) => overlap(b, statement) - overlap(a, statement))[0];
    if (best) {
      usedReviewed.add(best.id);
      statementPairs.push({ reviewed: best, extracted: statement });
    } else addedStatements.push(statement);
  }
  const statementChanges = statementPairs
    .map(({ reviewed: r, extracted: e }) => {
      const changes: string[] = [];
      if (toReviewed(e.speakerId) !== r.speakerId) changes.push(`speaker ${r.speakerId} → ${e.speakerId}`);
      if (e.start !== r.start || e.end !== r.end) changes.push(`span ${r.start}-${r.end} → ${e.start}-${e.end}`);
      if (e.kind !== r.kind) changes.push(`kind ${r.kind} → ${e.kind}`);
      if (e.stance !== r.stance) changes.push(`stance ${r.stance} → ${e.stance}`);
      const about = e.aboutIds.map(toReviewed);
      if (about.join(',') !== r.aboutIds.join(',')) changes.push(`about [${r.aboutIds.join(', ')}] → [${e.aboutIds.join(', ')}]`);
      return { reviewed: r, extracted: e, changes };
    })
    .filter((c) => c.changes.length > 0);

  const relationKey = (r: DocumentRelation, map: (id: string) => string): string => `${r.type}|${map(r.sourceId)}|${map(r.targetId)}`;
  const reviewedRelations = new Map(reviewed.relations.map((r) => [relationKey(r, (id) => id), r]));
  const addedRelations: DocumentRelation[] = [];
  const relationChanges: DocumentDiff['relations']['changed'] = [];
  const matchedRelations = new Set<string>();
  for (const relation of extracted.relations) {
    const key = relationKey(relation, toReviewed);
    const match = reviewedRelations.get(key);
    if (!match || matchedRelations.has(match.id)) {
      addedRelations.push(relation);
      continue;
    }
    matchedRelations.add(match.id);
    const changes: string[] = [];
    if ((relation.role ?? '') !== (match.role ?? '')) changes.push(`role "${match.role ?? ''}" → "${relation.role ?? ''}"`);
    if ((relation.qualifier ?? '') !== (match.qualifier ?? '')) changes.push(`qualifier "${match.qualifier ?? ''}" → "${relation.qualifier ?? ''}"`);
    if (changes.length) relationChanges.push({ reviewed: match, extracted: relation, changes });
  }

  return {
    entities: {
      added: extracted.entities.filter((e) => !pairs.has(e.id)),
      removed: reviewed.entities.filter((r) => !pairedReviewed.has(r.id)),
      changed: entityChanges,
    },
    statements: { added: addedStatements, removed: reviewed.statements.filter((r) => !usedReviewed.has(r.id)), changed: statementChanges },
    relations: { added: addedRelations, removed: reviewed.relations.filter((r) => !matchedRelations.has(r.id)), changed: relationChanges },
  };
}

const clip = (text: string, length = 70): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** The diff as readable text: "+" extraction adds, "-" extraction lacks, "~" both have it but differ. */
export function formatDiff(diff: DocumentDiff): string {
  const lines: string[] = [];
  const section = (title: string, part: { added: unknown[]; removed: unknown[]; changed: unknown[] }): void => {
    lines.push(`${title}: ${part.added.length} added, ${part.removed.length} removed, ${part.changed.length} changed`);
  };
  section('Entities', diff.entities);
  for (const e of diff.entities.added) lines.push(`  + ${e.type} ${e.id} "${e.name}"`);
  for (const e of diff.entities.removed) lines.push(`  - ${e.type} ${e.id} "${e.name}"`);
  for (const c of diff.entities.changed) lines.push(`  ~ ${c.reviewed.id}: ${c.changes.join('; ')}`);
  section('Statements', diff.statements);
  for (const s of diff.statements.added) lines.push(`  + [${s.kind}] ${s.speakerId} ${s.start}-${s.end} "${clip(s.text)}"`);
  for (const s of diff.statements.removed) lines.push(`  - [${s.kind}] ${s.speakerId} ${s.start}-${s.end} "${clip(s.text)}"`);
  for (const c of diff.statements.changed) lines.push(`  ~ ${c.reviewed.id} "${clip(c.reviewed.text, 50)}": ${c.changes.join('; ')}`);
  section('Relations', diff.relations);
  for (const r of diff.relations.added) lines.push(`  + ${r.sourceId} -${r.type}-> ${r.targetId}${r.role ? ` (${r.role})` : ''}`);
  for (const r of diff.relations.removed) lines.push(`  - ${r.sourceId} -${r.type}-> ${r.targetId}${r.role ? ` (${r.role})` : ''}`);
  for (const c of diff.relations.changed) lines.push(`  ~ ${c.reviewed.id}: ${c.changes.join('; ')}`);
  return lines.join('\n');
}
