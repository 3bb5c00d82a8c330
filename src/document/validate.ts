import Ajv2020, { ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, SCHEMA_MAX_ARTICLE_CHARS } from '../config';
import type { ArticleGraphDocument, DatePrecision, DocumentDate, Span } from './article-graph';

/** One problem in a document: where (a JSON pointer such as /statements/3/end) and what. */
export interface DocumentProblem {
  path: string;
  message: string;
}

/** A document that breaks the schema or its own references; nothing of it may be written. */
export class DocumentValidationError extends Error {
  constructor(
    readonly problems: DocumentProblem[],
    readonly source = 'document',
  ) {
    const shown = problems.slice(0, 20).map((p) => `  ${p.path || '/'}: ${p.message}`);
    const more = problems.length > 20 ? [`  ... and ${problems.length - 20} more`] : [];
    super([`${source} is not a valid article-graph document:`, ...shown, ...more].join('\n'));
    this.name = 'DocumentValidationError';
  }
}

/** The JSON Schema of the document, read from schema/ so there is one copy of it. */
export const ARTICLE_GRAPH_SCHEMA: Record<string, unknown> = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schema', 'article-graph.schema.json'), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateSchema = ajv.compile<ArticleGraphDocument>(ARTICLE_GRAPH_SCHEMA);

function describeAjvError(error: ErrorObject): DocumentProblem {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    return { path: `${error.instancePath}/${String(params.additionalProperty)}`, message: 'is not a field of this object' };
  }
  if (error.keyword === 'required') {
    return { path: `${error.instancePath}/${String(params.missingProperty)}`, message: 'is required' };
  }
  if (error.keyword === 'enum') {
    return { path: error.instancePath, message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
  }
  return { path: error.instancePath, message: error.message ?? error.keyword };
}

/** Options of the validation; `maxArticleChars` defaults to the schema's cap. */
export interface ValidationOptions {
  /** Longest article.text accepted, in characters (UTF-16 code units); at most the schema's 1,000,000. */
  maxArticleChars?: number;
}

const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 8: 'backspace', 11: 'vertical tab', 12: 'form feed', 27: 'escape' };

/**
 * The first character of `text` that no article may hold, with its offset: NUL and the other C0
 * control characters except tab, line feed and carriage return (they are invisible, break
 * offsets shown to people, and NUL ends strings in many tools), and unpaired UTF-16 surrogates
 * (not text at all: they cannot be encoded as UTF-8, so Neo4j and every client would mangle them).
 * Returns undefined when the text is clean.
 */
export function findForbiddenCharacter(text: string): { offset: number; description: string } | undefined {
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      return { offset, description: `the control character U+${hex} (${CONTROL_NAMES[code] ?? 'C0 control'})` };
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(offset + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        offset++;
        continue;
      }
      return {
        offset,
        description: `an unpaired high surrogate U+${code.toString(16).toUpperCase()} (invalid UTF-16: the text was cut inside a character or decoded badly)`,
      };
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      return {
        offset,
        description: `an unpaired low surrogate U+${code.toString(16).toUpperCase()} (invalid UTF-16: the text was cut inside a character or decoded badly)`,
      };
    }
  }
  return undefined;
}

/** Problems of the document's strings: every string field is checked, article.text and the rest alike. */
function findCharacterProblems(doc: ArticleGraphDocument): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  // The schema has been checked first, so the nesting is the schema's (a few levels), not the sender's.
  const visit = (value: unknown, pointer: string): void => {
    if (typeof value === 'string') {
      const found = findForbiddenCharacter(value);
      if (found) problems.push({ path: pointer, message: forbiddenCharacterMessage(found) });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${pointer}/${index}`));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  visit(doc, '');
  return problems;
}

/** The message for an empty or over-long article text, or undefined when its size is acceptable. */
function articleSizeProblem(text: string, maxArticleChars: number): string | undefined {
  if (text.trim().length === 0) return 'is empty; an article needs its text';
  const limit = Math.min(maxArticleChars, SCHEMA_MAX_ARTICLE_CHARS);
  if (text.length > limit) {
    return `is ${text.length.toLocaleString('en')} characters long; the limit is ${limit.toLocaleString('en')} (KG_MAX_ARTICLE_CHARS, at most ${SCHEMA_MAX_ARTICLE_CHARS.toLocaleString('en')}); split the article or raise the limit`;
  }
  return undefined;
}

/**
 * Checks an article's raw text before anything works on it (the extractor included): not empty,
 * within the size limit, and free of forbidden characters. Returns the problem, or undefined.
 */
export function findArticleTextProblem(text: string, options: ValidationOptions = {}): string | undefined {
  const size = articleSizeProblem(text, options.maxArticleChars ?? SCHEMA_MAX_ARTICLE_CHARS);
  if (size) return size;
  const found = findForbiddenCharacter(text);
  return found ? forbiddenCharacterMessage(found) : undefined;
}

function forbiddenCharacterMessage(found: { offset: number; description: string }): string {
  return `contains ${found.description} at offset ${found.offset}; remove it (only tab, line feed and carriage return are allowed among control characters)`;
}

/**
 * The size checks that run before anything else, so a huge or empty article is refused at once
 * with a message that says the limit and how to change it, not after the schema walk.
 */
function findSizeProblems(input: unknown, maxArticleChars: number): DocumentProblem[] {
  const text = (input as { article?: { text?: unknown } } | null)?.article?.text;
  if (typeof text !== 'string') return [];
  const message = articleSizeProblem(text, maxArticleChars);
  return message ? [{ path: '/article/text', message }] : [];
}

const DATE_VALUE_BY_PRECISION: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  minute: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/,
};

/**
 * Checks a parsed document against the JSON Schema and then against what a schema cannot say:
 * unique ids, references to entities that exist, offsets inside the text, statement text equal
 * to the words at its offsets, and no forbidden characters in any string. An empty or over-long
 * article.text is reported alone, before the rest. Returns every problem found (empty when valid).
 */
export function findDocumentProblems(input: unknown, options: ValidationOptions = {}): DocumentProblem[] {
  const sizeProblems = findSizeProblems(input, options.maxArticleChars ?? SCHEMA_MAX_ARTICLE_CHARS);
  if (sizeProblems.length > 0) return sizeProblems;
  if (!validateSchema(input)) return (validateSchema.errors ?? []).map(describeAjvError);
  const doc = input;
  const problems: DocumentProblem[] = findCharacterProblems(doc);
  const text = doc.article.text;

  const checkSpan = (span: Partial<Span>, path: string): void => {
    if (span.start === undefined || span.end === undefined) return;
    if (span.end <= span.start) problems.push({ path: `${path}/end`, message: `must be greater than start (${span.start})` });
    if (span.end > text.length) {
      problems.push({ path: `${path}/end`, message: `${span.end} is past the end of article.text (length ${text.length})` });
    }
  };
  const checkDate = (date: DocumentDate | undefined, path: string): void => {
    if (!date) return;
    if (!DATE_VALUE_BY_PRECISION[date.precision].test(date.value)) {
      problems.push({ path: `${path}/value`, message: `"${date.value}" does not match precision "${date.precision}"` });
    }
    if ((date.start === undefined) !== (date.end === undefined)) {
      problems.push({ path, message: 'start and end go together' });
    }
    checkSpan(date, path);
    if (date.text !== undefined && date.start !== undefined && date.end !== undefined && text.slice(date.start, date.end) !== date.text) {
      problems.push({ path: `${path}/text`, message: `does not match the article text at ${date.start}-${date.end}` });
    }
  };
  const checkUnique = (items: { id: string }[], path: string): void => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined) problems.push({ path: `${path}/${index}/id`, message: `"${item.id}" is already used by ${path}/${first}` });
      else seen.set(item.id, index);
    });
  };

  checkUnique(doc.entities, '/entities');
  checkUnique(doc.statements, '/statements');
  checkUnique(doc.relations, '/relations');
  const entityTypes = new Map(doc.entities.map((entity) => [entity.id, entity.type]));
  const checkRef = (id: string | undefined, path: string, expectedType?: string): void => {
    if (id === undefined) return;
    const type = entityTypes.get(id);
    if (type === undefined) problems.push({ path, message: `refers to "${id}", which is not in /entities` });
    else if (expectedType && type !== expectedType) problems.push({ path, message: `"${id}" is a ${type}, expected a ${expectedType}` });
  };

  doc.entities.forEach((entity, i) => {
    entity.mentions.forEach((mention, j) => checkSpan(mention, `/entities/${i}/mentions/${j}`));
    if (entity.date && entity.type !== 'Event') problems.push({ path: `/entities/${i}/date`, message: 'only an Event has a date' });
    checkDate(entity.date, `/entities/${i}/date`);
  });
  doc.statements.forEach((statement, i) => {
    const path = `/statements/${i}`;
    checkSpan(statement, path);
    const words = text.slice(statement.start, statement.end);
    if (statement.end > statement.start && words !== statement.text) {
      problems.push({ path: `${path}/text`, message: `does not match the article text at ${statement.start}-${statement.end} ("${words.slice(0, 60)}")` });
    }
    checkRef(statement.speakerId, `${path}/speakerId`);
    statement.aboutIds.forEach((id, j) => checkRef(id, `${path}/aboutIds/${j}`));
    checkRef(statement.audienceId, `${path}/audienceId`);
    if (statement.speakerMention) checkSpan(statement.speakerMention, `${path}/speakerMention`);
    checkDate(statement.date, `${path}/date`);
  });
  doc.relations.forEach((relation, i) => {
    const path = `/relations/${i}`;
    checkSpan(relation, path);
    checkRef(relation.sourceId, `${path}/sourceId`);
    checkRef(relation.targetId, `${path}/targetId`, relation.type === 'HAS_ROLE' ? 'Role' : undefined);
    checkRef(relation.organisationId, `${path}/organisationId`, 'Organisation');
    if (relation.sourceId === relation.targetId) problems.push({ path: `${path}/targetId`, message: 'a relation needs two different entities' });
  });
  return problems;
}

/** Returns the document typed when it is valid; throws DocumentValidationError naming every problem otherwise. */
export function assertValidDocument(input: unknown, source?: string, options: ValidationOptions = {}): ArticleGraphDocument {
  const problems = findDocumentProblems(input, options);
  if (problems.length > 0) throw new DocumentValidationError(problems, source);
  return input as ArticleGraphDocument;
}

/** Parses JSON text and validates it; a JSON syntax error is reported with its position. */
export function parseDocument(json: string, source = 'document', options: ValidationOptions = {}): ArticleGraphDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new DocumentValidationError([{ path: '', message: `is not JSON: ${(error as Error).message}` }], source);
  }
  return assertValidDocument(parsed, source, options);
}
