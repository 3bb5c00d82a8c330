import type { ArticleGraphDocument, EntityType, StatementKind } from '../document/article-graph';
import { normaliseName } from '../loading/normalise';

/** Entity types whose precision and recall are measured (Groups, Roles and Events are not). */
export const SCORED_TYPES: readonly EntityType[] = ['Person', 'Organisation', 'Place', 'Programme'];

/** A hand-annotated entity: its type and every name the article uses for it. */
export interface GoldEntity {
  type: EntityType;
  name: string;
  aliases: string[];
  /** Either answer is right (found or not): neither counted as a miss nor as a false alarm. */
  optional?: boolean;
}

/** A hand-annotated statement: where it is and who said it (by the gold entity's name). */
export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string;
  kind: StatementKind;
  optional?: boolean;
}

/** One article of the evaluation set. */
export interface GoldArticle {
  id: string;
  title: string;
  text: string;
  publishedAt: string;
  source: string;
  url?: string;
  domain?: string;
  entities: GoldEntity[];
  quotes: GoldQuote[];
}

/** Counts for one article (or summed over several). */
export interface ArticleScore {
  id: string;
  entityTruePositives: number;
  entityGold: number;
  entityExtracted: number;
  quoteGold: number;
  quoteFound: number;
  statementsExtracted: number;
  statementsOnGold: number;
  attributionCorrect: number;
  goldAttributedCorrectly: number;
  missedEntities: string[];
  spuriousEntities: string[];
  missedQuotes: string[];
  misattributed: string[];
  spuriousStatements: string[];
}

/** Precision, recall and F1 from counts (1 when there is nothing to find or nothing found). */
export interface Rates {
  entityPrecision: number;
  entityRecall: number;
  quoteRecall: number;
  quotePrecision: number;
  attributionPrecision: number;
  attributionRecall: number;
}

/** The gold of an article whose hand-reviewed article-graph document exists (the seed). */
export function goldFromDocument(doc: ArticleGraphDocument, domain?: string): GoldArticle {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return {
    id: doc.article.id,
    title: doc.article.title,
    text: doc.article.text,
    publishedAt: doc.article.publishedAt,
    source: doc.article.source,
    url: doc.article.url,
    domain,
    entities: doc.entities.map((e) => ({ type: e.type, name: e.name, aliases: e.aliases })),
    quotes: doc.statements.map((s) => ({ start: s.start, end: s.end, text: s.text, speaker: names.get(s.speakerId) ?? s.speakerId, kind: s.kind })),
  };
}

function keysOf(name: string, aliases: readonly string[]): Set<string> {
  return new Set([name, ...aliases].map((n) => normaliseName(n.replace(/^(?:the|a|an|one)\s+/i, ''))).filter(Boolean));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

/**
 * Scores one extracted document against its gold: entities matched one-to-one by type and
 * normalised name or alias; a gold quote is found when an extracted statement overlaps it; an
 * attribution is right when that statement's speaker shares a name or alias with the gold speaker.
 */
export function scoreArticle(gold: GoldArticle, doc: ArticleGraphDocument): ArticleScore {
  const goldEntities = gold.entities.filter((e) => SCORED_TYPES.includes(e.type));
  const extracted = doc.entities.filter((e) => SCORED_TYPES.includes(e.type));
  const goldKeys = goldEntities.map((e) => keysOf(e.name, e.aliases));
  const taken = new Set<number>();
  let entityTruePositives = 0;
  const missedEntities: string[] = [];
  goldEntities.forEach((goldEntity, g) => {
    const index = extracted.findIndex((e, i) => !taken.has(i) && e.type === goldEntity.type && intersects(goldKeys[g]!, keysOf(e.name, e.aliases)));
    if (index >= 0) {
      taken.add(index);
      if (!goldEntity.optional) entityTruePositives++;
    } else if (!goldEntity.optional) missedEntities.push(`${goldEntity.type} ${goldEntity.name}`);
  });
  const spuriousEntities: string[] = [];
  let entityExtracted = 0;
  extracted.forEach((e, i) => {
    if (taken.has(i)) {
      const goldEntity = goldEntities.find((g, gi) => e.type === g.type && intersects(goldKeys[gi]!, keysOf(e.name, e.aliases)));
      if (!goldEntity?.optional) entityExtracted++;
      return;
    }
    entityExtracted++;
    spuriousEntities.push(`${e.type} ${e.name}`);
  });

  const speakerKeysByName = new Map(gold.entities.map((e) => [e.name, keysOf(e.name, e.aliases)]));
  const entityById = new Map(doc.entities.map((e) => [e.id, e]));
  const speakerKeysOf = (speakerId: string): Set<string> => {
    const entity = entityById.get(speakerId);
    return entity ? keysOf(entity.name, entity.aliases) : new Set();
  };
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  const required = gold.quotes.filter((q) => !q.optional);
  let quoteFound = 0;
  let goldAttributedCorrectly = 0;
  const missedQuotes: string[] = [];
  for (const quote of required) {
    const hits = doc.statements.filter((s) => overlaps(s, quote));
    if (hits.length > 0) quoteFound++;
    else missedQuotes.push(`${quote.speaker}: ${quote.text.slice(0, 70)}`);
    const goldSpeaker = speakerKeysByName.get(quote.speaker) ?? keysOf(quote.speaker, []);
    if (hits.some((s) => intersects(speakerKeysOf(s.speakerId), goldSpeaker))) goldAttributedCorrectly++;
  }
  let statementsOnGold = 0;
  let attributionCorrect = 0;
  const misattributed: string[] = [];
  const spuriousStatements: string[] = [];
  for (const statement of doc.statements) {
    const golds = gold.quotes.filter((q) => overlaps(statement, q));
    if (golds.length === 0) {
      spuriousStatements.push(`${statement.speakerId}: ${statement.text.slice(0, 70)}`);
      continue;
    }
    statementsOnGold++;
    const keys = speakerKeysOf(statement.speakerId);
    if (golds.some((q) => intersects(keys, speakerKeysByName.get(q.speaker) ?? keysOf(q.speaker, [])))) attributionCorrect++;
    else misattributed.push(`${statement.speakerId} (gold: ${golds.map((q) => q.speaker).join('/')}): ${statement.text.slice(0, 60)}`);
  }
  return {
    id: gold.id,
    entityTruePositives,
    entityGold: goldEntities.filter((e) => !e.optional).length,
    entityExtracted,
    quoteGold: required.length,
    quoteFound,
    statementsExtracted: doc.statements.length,
    statementsOnGold,
    attributionCorrect,
    goldAttributedCorrectly,
    missedEntities,
    spuriousEntities,
    missedQuotes,
    misattributed,
    spuriousStatements,
  };
}

/** Adds up article scores (micro-average). */
export function sumScores(scores: ArticleScore[], id = 'overall'): ArticleScore {
  const total: ArticleScore = {
    id,
    entityTruePositives: 0,
    entityGold: 0,
    entityExtracted: 0,
    quoteGold: 0,
    quoteFound: 0,
    statementsExtracted: 0,
    statementsOnGold: 0,
    attributionCorrect: 0,
    goldAttributedCorrectly: 0,
    missedEntities: [],
    spuriousEntities: [],
    missedQuotes: [],
    misattributed: [],
    spuriousStatements: [],
  };
  for (const score of scores) {
    total.entityTruePositives += score.entityTruePositives;
    total.entityGold += score.entityGold;
    total.entityExtracted += score.entityExtracted;
    total.quoteGold += score.quoteGold;
    total.quoteFound += score.quoteFound;
    total.statementsExtracted += score.statementsExtracted;
    total.statementsOnGold += score.statementsOnGold;
    total.attributionCorrect += score.attributionCorrect;
    total.goldAttributedCorrectly += score.goldAttributedCorrectly;
  }
  return total;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Rates from counts. */
export function ratesOf(score: ArticleScore): Rates {
  return {
    entityPrecision: ratio(score.entityTruePositives, score.entityExtracted),
    entityRecall: ratio(score.entityTruePositives, score.entityGold),
    quoteRecall: ratio(score.quoteFound, score.quoteGold),
    quotePrecision: ratio(score.statementsOnGold, score.statementsExtracted),
    attributionPrecision: ratio(score.attributionCorrect, score.statementsOnGold),
    attributionRecall: ratio(score.goldAttributedCorrectly, score.quoteGold),
  };
}
