import { BadInputError } from '../../errors';
import type { Page, PageInfo } from './connection.type';
import { LIMITS } from './limits';

/** A cursor's content: which list it belongs to and the sort key of the edge it marks. */
export interface CursorKey {
  /** Name of the list (`statement`, `article`...): a cursor of one list is refused by another. */
  list: string;
  /** The sort key of the edge, e.g. `[publishedAt, id]`; keyset pagination continues after it. */
  key: (string | number)[];
}

/** Encodes a keyset cursor: opaque to clients, but only the last sort key inside. */
export function encodeCursor(list: string, key: (string | number)[]): string {
  return Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');
}

/** Decodes a cursor this API issued for `list`; anything else is BAD_USER_INPUT naming the argument. */
export function decodeCursor(cursor: string, list: string, keyLength: number, argument = 'after'): CursorKey['key'] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (
    !Array.isArray(decoded) ||
    decoded[0] !== list ||
    decoded.length !== keyLength + 1 ||
    !decoded.slice(1).every((part) => typeof part === 'string' || typeof part === 'number')
  ) {
    throw new BadInputError(`is not a cursor of this list; pass an endCursor or edge cursor that this list returned`, argument);
  }
  return decoded.slice(1) as (string | number)[];
}

/** Validated page arguments: `limit` is first + 1 so one query tells whether there is a next page. */
export interface PageRequest {
  first: number;
  limit: number;
  after: (string | number)[] | null;
}

/** Checks `first` (1..maxPageSize, default defaultPageSize) and decodes `after`. */
export function pageRequest(
  args: { first?: number | null; after?: string | null },
  list: string,
  keyLength: number,
  options: { firstArgument?: string; afterArgument?: string } = {},
): PageRequest {
  const first = checkedInt(args.first, LIMITS.defaultPageSize, 1, LIMITS.maxPageSize, options.firstArgument ?? 'first');
  const after = args.after ? decodeCursor(args.after, list, keyLength, options.afterArgument ?? 'after') : null;
  return { first, limit: first + 1, after };
}

/** An integer argument within [min, max] (or its default); otherwise BAD_USER_INPUT saying the allowed range. */
export function checkedInt(value: number | null | undefined, fallback: number, min: number, max: number, argument: string): number {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInputError(`must be an integer from ${min} to ${max} (got ${value})`, argument);
  }
  return value;
}

/**
 * Turns the rows of a keyset query (fetched with LIMIT first + 1) into a Relay page: the extra row
 * only says that a next page exists.
 */
export function toPage<TRow, TNode>(
  rows: TRow[],
  request: PageRequest,
  list: string,
  keyOf: (row: TRow) => (string | number)[],
  nodeOf: (row: TRow) => TNode,
  totalCount: number | null,
): Page<TNode> {
  const shown = rows.slice(0, request.first);
  const edges = shown.map((row) => ({ cursor: encodeCursor(list, keyOf(row)), node: nodeOf(row) }));
  const pageInfo: PageInfo = {
    hasNextPage: rows.length > request.first,
    hasPreviousPage: request.after !== null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return { edges, pageInfo, totalCount };
}

/** A page of records keyed by their own id and shown as they are (statements, an article's entities). */
export function toIdPage<T extends { id: string }>(rows: T[], request: PageRequest, list: string, totalCount: number | null): Page<T> {
  return toPage(
    rows,
    request,
    list,
    (row) => [row.id],
    (row) => row,
    totalCount,
  );
}
