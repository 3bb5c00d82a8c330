import { BadInputError } from '../errors';
import { LIMITS } from '../graphql/common/limits';
import type { ExportScope } from './export.types';

/*
 * What an export request may say, checked once for both edges (HTTP query string and CLI flags),
 * so both refuse the same things with the same words.
 */

/** The formats, each with what a download of it is called and sent as. */
export const EXPORT_FORMATS = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  cytoscape: { contentType: 'application/json; charset=utf-8', extension: 'cyjs' },
  jsonld: { contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The two files of a CSV export. */
export const CSV_FILES = ['nodes', 'relationships'] as const;
export type CsvFile = (typeof CSV_FILES)[number];

/** A checked export request. */
export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScope;
  /** CSV only: which of the two files. */
  csvFile?: CsvFile;
}

/** The raw parameters, as a query string or the CLI's flags give them. */
export interface ExportParams {
  article?: string | null;
  entity?: string | null;
  depth?: string | null;
  file?: string | null;
}

/** True when `name` is an export format. */
export function isExportFormat(name: string): name is ExportFormat {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, name);
}

function nonEmpty(value: string | null | undefined, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value.trim() === '') throw new BadInputError('must not be empty (leave it out to export the whole graph)', name);
  return value;
}

/**
 * Checks a request: a known format; `article` or `entity` (not both) or neither for the whole
 * graph; `depth` 1..3 only with `entity`; `file` only, and then required, for CSV when `needsFile`.
 */
export function parseExportRequest(format: string, params: ExportParams, options: { needsCsvFile: boolean }): ExportRequest {
  if (!isExportFormat(format)) {
    throw new BadInputError(`unknown export format "${format}"; use one of ${Object.keys(EXPORT_FORMATS).join(', ')}`, 'format');
  }
  const article = nonEmpty(params.article, 'article');
  const entity = nonEmpty(params.entity, 'entity');
  const depthText = nonEmpty(params.depth, 'depth');
  if (article !== undefined && entity !== undefined) throw new BadInputError('give an article or an entity, not both', 'entity');
  if (depthText !== undefined && entity === undefined) throw new BadInputError("is the depth of an entity's neighbourhood: give entity too", 'depth');

  let scope: ExportScope = { kind: 'graph' };
  if (article !== undefined) scope = { kind: 'article', articleId: article };
  if (entity !== undefined) {
    const depth = depthText === undefined ? LIMITS.defaultNeighbourhoodDepth : Number(depthText);
    if (!/^\s*\d+\s*$/.test(depthText ?? '1') || !Number.isInteger(depth) || depth < 1 || depth > LIMITS.maxNeighbourhoodDepth) {
      throw new BadInputError(`must be an integer from 1 to ${LIMITS.maxNeighbourhoodDepth} (got ${depthText ?? ''})`, 'depth');
    }
    scope = { kind: 'neighbourhood', entityId: entity, depth };
  }

  const file = nonEmpty(params.file, 'file');
  if (format !== 'csv') {
    if (file !== undefined) throw new BadInputError('only applies to the csv format', 'file');
    return { format, scope };
  }
  if (file === undefined) {
    if (options.needsCsvFile) throw new BadInputError(`the csv export is two files: add file=${CSV_FILES.join(' or file=')}`, 'file');
    return { format, scope };
  }
  if (!(CSV_FILES as readonly string[]).includes(file)) throw new BadInputError(`must be ${CSV_FILES.join(' or ')} (got "${file}")`, 'file');
  return { format, scope, csvFile: file as CsvFile };
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
}

/** The download's file name: kg-graph.graphml, kg-article-prevent-2017.gexf, kg-person-dean-haydon-depth-2-nodes.csv. */
export function exportFileName(request: ExportRequest): string {
  const { scope } = request;
  let base: string;
  switch (scope.kind) {
    case 'graph':
      base = 'kg-graph';
      break;
    case 'article':
      base = `kg-article-${slug(scope.articleId)}`;
      break;
    case 'neighbourhood':
      base = `kg-${slug(scope.entityId)}-depth-${scope.depth}`;
      break;
    default: {
      const unexpected: never = scope;
      throw new Error(`Unknown export scope ${JSON.stringify(unexpected)}`);
    }
  }
  const suffix = request.csvFile ? `-${request.csvFile}` : '';
  return `${base}${suffix}.${EXPORT_FORMATS[request.format].extension}`;
}
