import type { ArticleGraphDocument, DocumentDate, DocumentEntity, DocumentRelation, DocumentStatement } from '../document/article-graph';
import { findDates, type DateMention } from './dates';
import { recogniseEntities } from './entities';
import { articleIdFor } from './ids';
import type { EntityDraft } from './registry';
import { findRelations } from './relations';
import { stanceOf } from './stance';
import { findStatements, statementLocalId, type StatementDraft } from './statements';
import { analyseText, type ArticleText } from './text';

/** What the extractor needs besides the text. */
export interface ExtractionInput {
  text: string;
  title?: string;
  /** YYYY-MM-DD (or a date-time); relative dates are resolved against it. Defaults to today, marked inferred. */
  publishedAt?: string;
  source?: string;
  url?: string;
  /** Defaults to a slug of the title plus a hash of the text. */
  id?: string;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Extracts the article-graph document of one news article: entities with every mention, the
 * statements it reports with speakers, what they are about and their stance, and the relations it
 * states, each tied to offsets of the text and marked machine-extracted with a confidence. Pure:
 * the same input gives the same document.
 */
export function extractArticle(input: ExtractionInput): ArticleGraphDocument {
  const text = input.text;
  const publishedAt = input.publishedAt ?? new Date().toISOString().slice(0, 10);
  const article = analyseText(text, input.source);
  const title = input.title?.trim() || guessTitle(article, text);
  const recognition = recogniseEntities(article);
  // A quote span with no words in it ('” " said Dr .', found by fast-check) is no statement.
  const drafts = findStatements(article, recognition, publishedAt).filter((draft) => /[\p{L}\p{N}]/u.test(text.slice(draft.start, draft.end)));
  const relationDrafts = findRelations(article, recognition, publishedAt);
  const { registry } = recognition;

  const sentenceDates = new Map<number, DateMention[]>();
  const statements: DocumentStatement[] = drafts.map((draft, index) => {
    const statementText = text.slice(draft.start, draft.end);
    const about = aboutOf(
      draft,
      recognition.registry.mentionsIn(draft.start, draft.end).map((m) => m.entity),
      article,
      registry.entities,
    );
    const { stance, confidence: stanceConfidence } = stanceOf(statementText);
    const statement: DocumentStatement = {
      id: statementLocalId(index, draft.speaker.name),
      speakerId: draft.speaker.id,
      text: statementText,
      kind: draft.kind,
      stance: about.length > 0 ? stance : 'unclear',
      stanceConfidence: about.length > 0 ? stanceConfidence : 0.3,
      start: draft.start,
      end: draft.end,
      aboutIds: about.map((entity) => entity.id),
      provenance: 'machine-extracted',
      confidence: round(draft.confidence),
    };
    if (draft.reportingVerb) statement.reportingVerb = draft.reportingVerb;
    if (draft.speakerMention) statement.speakerMention = draft.speakerMention;
    if (draft.audience && draft.audience !== draft.speaker) statement.audienceId = draft.audience.id;
    const date = statementDate(draft, article, publishedAt, sentenceDates);
    if (date) statement.date = asWritten(date, text);
    return statement;
  });

  const relations: DocumentRelation[] = relationDrafts.map((draft, index) => {
    const relation: DocumentRelation = {
      id: `rel-${String(index + 1).padStart(2, '0')}-${draft.type.toLowerCase().replace(/_/g, '-')}`,
      type: draft.type,
      sourceId: draft.source.id,
      targetId: draft.target.id,
      start: draft.start,
      end: draft.end,
      provenance: 'machine-extracted',
      confidence: round(draft.confidence),
    };
    if (draft.role) relation.role = draft.role;
    if (draft.qualifier) relation.qualifier = draft.qualifier;
    if (draft.organisation && draft.organisation.type === 'Organisation') relation.organisationId = draft.organisation.id;
    return relation;
  });

  const used = new Set<string>([
    ...statements.flatMap((s) => [s.speakerId, ...s.aboutIds, ...(s.audienceId ? [s.audienceId] : [])]),
    ...relations.flatMap((r) => [r.sourceId, r.targetId, ...(r.organisationId ? [r.organisationId] : [])]),
  ]);
  const entities: DocumentEntity[] = [...registry.entities.values()]
    .filter((draft) => draft.mentions.length > 0 || used.has(draft.id))
    .map((draft) => toDocumentEntity(draft, text))
    .sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity) || a.id.localeCompare(b.id));

  return {
    schemaVersion: '1.0',
    provenance: 'machine-extracted',
    article: {
      id: input.id ?? articleIdFor(title, text),
      title,
      text,
      publishedAt,
      publishedAtCertainty: input.publishedAt ? 'stated' : 'inferred',
      source: input.source?.trim() || 'unknown',
      ...(input.url ? { url: input.url } : {}),
    },
    entities,
    statements,
    relations,
  };
}

/** A date's words as the article wrote them ("YESTERDAY", not the "Yesterday" the extractor read). */
function asWritten(date: DocumentDate, text: string): DocumentDate {
  if (date.text === undefined || date.start === undefined || date.end === undefined) return date;
  return { ...date, text: text.slice(date.start, date.end) };
}

function toDocumentEntity(draft: EntityDraft, text: string): DocumentEntity {
  const mentions = [...draft.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const aliases = [...draft.aliases].filter((alias) => alias !== draft.name && alias.length <= 300);
  const entity: DocumentEntity = {
    id: draft.id,
    type: draft.type,
    name: draft.name,
    aliases: [...new Set(aliases)],
    mentions: mentions.filter((m, i) => i === 0 || m.start !== mentions[i - 1]!.start || m.end !== mentions[i - 1]!.end),
    provenance: 'machine-extracted',
    confidence: round(draft.confidence),
  };
  if (draft.articleScoped) entity.articleScoped = true;
  if (draft.date) entity.date = asWritten(draft.date, text);
  const roles = [...new Set(draft.titles.map((t) => text.slice(t.start, t.end)))];
  if (draft.type === 'Person' && roles.length > 0) entity.description = `Named in the article as ${roles.join(', ')}.`;
  return entity;
}

/** A first line that reads as a headline, else the first sentence, shortened. */
function guessTitle(article: ArticleText, text: string): string {
  const heading = article.paragraphs.find((p) => p.kind === 'heading');
  const firstBody = article.paragraphs.find((p) => p.kind === 'body');
  const chosen = heading && (!firstBody || heading.start < firstBody.start) ? heading : (firstBody ?? article.paragraphs[0]);
  // (The line as written, capitals and all: the title is part of the article's id.)
  const line = chosen ? text.slice(chosen.start, chosen.end) : text.slice(0, 200);
  const sentence = line.split(/(?<=[.!?])\s/)[0] ?? line;
  return (sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence).trim() || 'Untitled article';
}

const PROGRAMME_ANAPHOR = /\b(?:it|its|the (?:programme|scheme|strategy|policy|plan|initiative|bill)|this)\b/i;

/**
 * What a statement is about: the entities it names (programmes first, then the rest in text
 * order), excluding the speaker and roles; a statement that only says "it" or "the programme"
 * is about the article's main programme.
 */
function aboutOf(draft: StatementDraft, named: EntityDraft[], article: ArticleText, all: Map<string, EntityDraft>): EntityDraft[] {
  const candidates = named.filter((entity) => entity !== draft.speaker && entity.type !== 'Role');
  const unique = [...new Set(candidates)];
  const programmes = unique.filter((e) => e.type === 'Programme');
  const others = unique.filter((e) => e.type !== 'Programme' && e.type !== 'Event' && e.type !== 'Place');
  const places = unique.filter((e) => e.type === 'Place' || e.type === 'Event');
  if (/\bcritic/i.test(article.text.slice(draft.start, draft.end))) {
    // "such criticism is based on ignorance": about the critics the article quotes.
    const critics = [...all.values()].find((e) => e.type === 'Group' && /^critics\b/i.test(e.name));
    if (critics && critics !== draft.speaker) others.unshift(critics);
  }
  if (programmes.length === 0) {
    const statementText = article.text.slice(draft.start, draft.end);
    const main = [...all.values()].filter((e) => e.type === 'Programme').sort((a, b) => b.mentions.length - a.mentions.length)[0];
    if (main && main.mentions.length >= 2 && PROGRAMME_ANAPHOR.test(statementText)) programmes.push(main);
  }
  return [...programmes, ...others, ...places].slice(0, 6);
}

/** When the statement was made, when its sentence says so outside the reported words ("In May, … said"). */
function statementDate(draft: StatementDraft, article: ArticleText, publishedAt: string, cache: Map<number, DateMention[]>): DocumentDate | undefined {
  const sentence = article.sentences[draft.sentence];
  if (!sentence) return undefined;
  let inSentence = cache.get(sentence.index);
  if (!inSentence) {
    inSentence = findDates(article.text.slice(sentence.start, sentence.end), publishedAt, sentence.start);
    cache.set(sentence.index, inSentence);
  }
  const dates: DateMention[] = inSentence.filter(
    (d) => (d.end <= draft.start || d.start >= draft.end) && !article.quotations.some((q) => d.start > q.open && d.start < (q.close >= 0 ? q.close : Infinity)),
  );
  const anchor = draft.speakerMention?.start ?? draft.start;
  const nearest = dates.sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor))[0];
  if (!nearest) return undefined;
  const { value, precision, certainty, text, start, end } = nearest;
  return { value, precision, certainty, text, start, end };
}
