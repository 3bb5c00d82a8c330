/*
 * Cypher map projections shared by the query builders, so every query returns entities and
 * statements in the one shape the record mappers (records.ts) read. Variable names are
 * parameters of these functions only to keep nested pattern comprehensions from clashing.
 */

/** The properties of an entity node the API exposes. */
export function entityProjection(variable: string): string {
  return `${variable} {.id, .name, .kind, .aliases, .description, .articleCount, .articleScoped, .date, .datePrecision, .dateCertainty, .dateText}`;
}

/**
 * A statement with its speaker (and the SAID evidence), what it is about and its audience, all in
 * the same row: a statement is never shown without them, and fetching them here costs no extra
 * round trip.
 */
export function statementProjection(variable: string, parts: StatementParts = ALL_STATEMENT_PARTS): string {
  const v = variable;
  const about = parts.about ? `,\n    about: [(${v})-[:ABOUT]->(${v}_ab:Entity) | ${entityProjection(`${v}_ab`)}]` : '';
  const audience = parts.audience ? `,\n    audience: head([(${v})-[:SAID_TO]->(${v}_au:Entity) | ${entityProjection(`${v}_au`)}])` : '';
  return `${v} {.id, .text, .kind, .stance, .stanceConfidence, .reportingVerb, .articleId, .start, .end, .excerpt, .provenance, .confidence,
    .date, .datePrecision, .dateCertainty, .dateText,
    speaker: head([(${v}_sp:Entity)-[${v}_said:SAID]->(${v}) | {entity: ${entityProjection(`${v}_sp`)}, said: ${v}_said {.start, .end, .excerpt}}])${about}${audience}}`;
}

/**
 * Which of a statement's lists of other entities a query fetches: what it is about and its
 * audience cost Neo4j an expansion per statement and the driver an entity map each, so a page
 * whose client selects neither leaves them out (the records then hold [] and null there, and
 * only the fields the client selected are ever read from them).
 */
export interface StatementParts {
  about: boolean;
  audience: boolean;
}

export const ALL_STATEMENT_PARTS: StatementParts = { about: true, audience: true };

/** Article metadata; the text is included because Article.text is a field (it is at most a few kB). */
export function articleProjection(variable: string): string {
  return `${variable} {.id, .title, .text, .publishedAt, .publishedAtCertainty, .source, .url, .provenance, .reviewedBy, .loadedAt, .contentHash}`;
}

/** A node of a path or neighbourhood: an entity or a statement, tagged with which. */
export function graphNodeProjection(variable: string): string {
  return `CASE WHEN ${variable}:Statement THEN {statement: ${statementProjection(variable)}} ELSE {entity: ${entityProjection(variable)}} END`;
}

/**
 * A node of a neighbourhood when the client asks only for its id, label and caption: a statement's
 * text and speaker name (and its offsets when `withEvidence`: statement links take their evidence
 * from the statement), an entity's id, name and kind. Far less for Neo4j to read and for the
 * driver to decode than graphNodeProjection on a 200-node neighbourhood. The records built from it
 * are incomplete and must only ever give captions.
 */
export function graphNodeCaptionProjection(variable: string, withEvidence: boolean): string {
  const v = variable;
  const evidence = withEvidence ? ', .articleId, .start, .end, .excerpt' : '';
  return `CASE WHEN ${v}:Statement THEN {statement: ${v} {.id, .text${evidence}, speaker: head([(${v}_sp:Entity)-[:SAID]->(${v}) | {entity: ${v}_sp {.id, .name, .kind}}])}}
    ELSE {entity: ${v} {.id, .name, .kind}} END`;
}

/** The properties of a relationship drawn from an article (evidence, role, provenance). */
export function relationshipProjection(variable: string): string {
  return `${variable} {.id, .articleId, .start, .end, .excerpt, .role, .qualifier, .organisationId, .provenance, .confidence}`;
}
