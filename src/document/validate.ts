import Ajv2020, { ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../config';
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
export const ARTICLE_GRAPH_SCHEMA: Record<string, unknown> = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'schema', 'article-graph.schema.json'), 'utf8'),
);

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

const DATE_VALUE_BY_PRECISION: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  minute: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/,
};

/**
 * Checks a parsed document against the JSON Schema and then against what a schema cannot say:
 * unique ids, references to entities that exist, offsets inside the text, statement text equal
 * to the words at its offsets. Returns every problem found (empty when valid).
 */
export function findDocumentProblems(input: unknown): DocumentProblem[] {
  if (!validateSchema(input)) return (validateSchema.errors ?? []).map(describeAjvError);
  const doc = input;
  const problems: DocumentProblem[] = [];
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
export function assertValidDocument(input: unknown, source?: string): ArticleGraphDocument {
  const problems = findDocumentProblems(input);
  if (problems.length > 0) throw new DocumentValidationError(problems, source);
  return input as ArticleGraphDocument;
}

/** Parses JSON text and validates it; a JSON syntax error is reported with its position. */
export function parseDocument(json: string, source = 'document'): ArticleGraphDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new DocumentValidationError([{ path: '', message: `is not JSON: ${(error as Error).message}` }], source);
  }
  return assertValidDocument(parsed, source);
}
