import DataLoader from 'dataloader';
import type { DatabaseGateway } from '../db/gateway';
import { articlesByIdQuery } from './article/article.cypher';
import { toArticle, toEntity, type ArticleRecord, type EntityRecord, type RawMap } from './common/records';
import { entitiesByIdQuery } from './entity/entity.cypher';

/**
 * The DataLoaders of one request. Each batches the lookups of one level of the query into a single
 * `UNWIND $ids` statement, so a request costs one round trip per nesting level, not one per
 * parent. They live for one request only, so no result is ever served from another request's
 * cache (or survives a write).
 */
export class RequestLoaders {
  /** Entities by id (null for an unknown id). */
  readonly entity: DataLoader<string, EntityRecord | null>;
  /** Articles by id (null for an unknown id). */
  readonly article: DataLoader<string, ArticleRecord | null>;
  private readonly fieldLoaders = new Map<string, DataLoader<string, unknown>>();
  /** Values a parent's query already fetched for a nested field, by loader key, then parent id. */
  private readonly prefetched = new Map<string, Map<string, unknown>>();

  constructor(private readonly gateway: DatabaseGateway) {
    this.entity = new DataLoader(async (ids) => {
      const rows = await gateway.read<{ entity: RawMap }>(entitiesByIdQuery(ids));
      const byId = new Map(rows.map((row) => [String(row.entity.id), toEntity(row.entity)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.article = new DataLoader(async (ids) => {
      const rows = await gateway.read<{ article: RawMap }>(articlesByIdQuery(ids));
      const byId = new Map(rows.map((row) => [String(row.article.id), toArticle(row.article)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /**
   * The loader of one field with one set of arguments, keyed by parent id. Parents on the same
   * level ask the same loader (same field, same arguments), so their lookups become one batch.
   */
  forField<TValue>(field: string, args: unknown, batch: (gateway: DatabaseGateway, ids: readonly string[]) => Promise<TValue[]>): DataLoader<string, TValue> {
    const key = fieldLoaderKey(field, args);
    let loader = this.fieldLoaders.get(key) as DataLoader<string, TValue> | undefined;
    if (!loader) {
      loader = new DataLoader<string, TValue>((ids) => batch(this.gateway, ids));
      this.fieldLoaders.set(key, loader as DataLoader<string, unknown>);
      for (const [id, value] of this.prefetched.get(key) ?? []) loader.prime(id, value as TValue);
      this.prefetched.delete(key);
    }
    return loader;
  }

  /**
   * Gives a field loader (same `field` and `args` as its forField call) the value of one parent
   * that the parent's own query fetched already (a root query folding in a nested field): the
   * nested resolver then gets it without a round trip.
   */
  prefetch<TValue>(field: string, args: unknown, id: string, value: TValue): void {
    const key = fieldLoaderKey(field, args);
    const loader = this.fieldLoaders.get(key);
    if (loader) {
      loader.prime(id, value);
      return;
    }
    let values = this.prefetched.get(key);
    if (!values) this.prefetched.set(key, (values = new Map()));
    if (!values.has(id)) values.set(id, value);
  }

  /** Remembers entities a query returned inline, so a later lookup of the same id costs nothing. */
  primeEntities(entities: Iterable<EntityRecord | null>): void {
    for (const entity of entities) if (entity) this.entity.prime(entity.id, entity);
  }

  /** Forgets everything (after a write in the same request). */
  clearAll(): void {
    this.entity.clearAll();
    this.article.clearAll();
    this.fieldLoaders.clear();
    this.prefetched.clear();
  }
}

function fieldLoaderKey(field: string, args: unknown): string {
  return `${field}:${JSON.stringify(args)}`;
}

/** Groups batch rows by their `entityId`/`articleId` column, in the order of `ids` (missing ids get `empty`). */
export function byParentId<TRow extends RawMap, TValue>(
  ids: readonly string[],
  rows: TRow[],
  idColumn: keyof TRow,
  map: (row: TRow) => TValue,
  empty: TValue,
): TValue[] {
  const byId = new Map(rows.map((row) => [String(row[idColumn]), map(row)]));
  return ids.map((id) => byId.get(id) ?? empty);
}
