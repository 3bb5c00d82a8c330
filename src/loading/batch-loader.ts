import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherQuery, DatabaseGateway } from '../db/gateway';
import type { ArticleGraphDocument } from '../document/article-graph';
import { assertValidDocument } from '../document/validate';
import { BadInputError } from '../errors';
import { planArticleLoad, refreshEntityNamesQuery, removeArticleFactsQuery, type LoadPlan } from './load-plan';
import { lockEntitiesQuery, type LoadResult } from './loader';

/*
 * Bulk loading: many articles per write transaction, each step one `UNWIND $rows` statement over
 * the rows of every article of the batch, so a batch of a hundred articles costs about as many
 * round trips as one article does with loadDocument.
 *
 * The rows are the ones planArticleLoad builds (one source of truth for what each fact becomes in
 * the graph); only the statements that name the article by parameter are rewritten here to take
 * it from the row. The result is the graph loadDocument gives when the same documents are loaded
 * one by one in the same order (the integration tests compare the two):
 * - an article whose stored document is identical is skipped (`unchanged`);
 * - an article loaded before is replaced: its previous facts are removed, and the entities only
 *   it mentioned go, before anything that follows it in the batch is written. To keep that order,
 *   a batch is cut into segments that each start at a replaced article;
 * - an entity keeps the name of the first article (in batch order) that creates it;
 * - an entity whose stored kind differs from a document's is refused, naming the document.
 */

/** Options of {@link loadDocuments}. */
export interface BatchLoadOptions {
  /** Articles per write transaction (default 100): a batch is written whole or not at all. */
  batchSize?: number;
  /** Reload documents equal to the stored ones (as loadDocument's `force`). */
  force?: boolean;
  /** Names of the documents (file names) for error messages, in the order of `inputs`. */
  sources?: readonly string[];
  /** Called after each batch commits, with how many documents are done so far. */
  onBatch?: (progress: { done: number; total: number }) => void;
}

/** Articles per write transaction when the caller does not say. */
export const DEFAULT_BATCH_SIZE = 100;
const MAX_BATCH_SIZE = 5_000;

/** One validated document with its plan and where it came from. */
interface PlannedDocument {
  doc: ArticleGraphDocument;
  plan: LoadPlan;
  source: string;
  result: LoadResult;
}

/** Params of the plan step called `name` (undefined when the plan has no such step: nothing of that kind). */
function stepParams(plan: LoadPlan, name: string): Record<string, unknown> | undefined {
  return plan.steps.find((step) => step.name === name)?.params;
}

function rowsOf<T>(plan: LoadPlan, name: string, key: string): T[] {
  const value = stepParams(plan, name)?.[key];
  return Array.isArray(value) ? (value as T[]) : [];
}

function requiredStep(plan: LoadPlan, name: string): Record<string, unknown> {
  const params = stepParams(plan, name);
  // planArticleLoad always has these steps; a rename there must fail loudly here, not load less.
  if (!params) throw new Error(`The load plan of ${plan.articleId} has no "${name}" step; batch-loader.ts and load-plan.ts disagree`);
  return params;
}

/**
 * Locks the batch's articles (creating the new ones) in id order, so that two writers can never
 * wait on each other, and reads what was loaded before: the same lock loadDocument takes, so a
 * batch and a single load of one article never interleave.
 */
export function lockArticlesQuery(articleIds: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $articleIds AS articleId
WITH articleId ORDER BY articleId
MERGE (a:Article {id: articleId})
SET a._lock = true REMOVE a._lock
WITH a
OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(a)
RETURN a.id AS articleId, a.contentHash AS contentHash, collect(e.id) AS entityIds`,
    params: { articleIds: [...articleIds] },
  };
}

/** The article nodes of a segment (the plan's `article` step, over many articles). */
export function articlesQuery(plans: readonly LoadPlan[]): CypherQuery {
  return {
    cypher: `
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a = article`,
    params: { articles: plans.map((plan) => requiredStep(plan, 'article').article) },
  };
}

/**
 * Entities and their MENTIONED_IN (the plan's `entities` step, with the article taken from each
 * row). The rows go in entity id order, so that the entities are locked in the order every writer
 * locks them (no deadlock with a concurrent load); the sort is stable, so an entity's rows keep
 * the batch's order, and each row carries what the first of them would create the node with.
 */
export function entitiesQuery(plans: readonly LoadPlan[]): CypherQuery {
  type Row = Record<string, unknown> & { id: string; name: unknown; nameKey: unknown; kind: unknown; articleScoped: unknown; mention: Record<string, unknown> };
  const rows = plans.flatMap((plan) => rowsOf<Row>(plan, 'entities', 'rows').map((row) => ({ ...row, articleId: plan.articleId })));
  const creation = new Map<string, { name: unknown; nameKey: unknown; kind: unknown; articleScoped: unknown }>();
  for (const row of rows)
    if (!creation.has(row.id)) creation.set(row.id, { name: row.name, nameKey: row.nameKey, kind: row.kind, articleScoped: row.articleScoped });
  const sorted = [...rows]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((row) => ({ id: row.id, articleId: row.articleId, create: creation.get(row.id), updates: entityUpdates(row), mention: withoutNulls(row.mention) }));
  return {
    cypher: `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.create.name, e.nameKey = row.create.nameKey, e.kind = row.create.kind, e.articleScoped = row.create.articleScoped
SET e += row.updates
CREATE (e)-[m:MENTIONED_IN]->(a)
SET m = row.mention`,
    params: { rows: sorted },
  };
}

/** A map without its null values: `SET n = map` stores nothing for them, so the result is the same, with less for Neo4j to process. */
function withoutNulls(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([, value]) => value !== null && value !== undefined));
}

const ENTITY_UPDATED_PROPERTIES = ['description', 'date', 'datePrecision', 'dateCertainty', 'dateText', 'dateStart', 'dateEnd'] as const;

/**
 * What a mention changes on its entity: the plan's step sets each of these to
 * `coalesce(row.value, stored value)`, i.e. only the values the row has, and `dateArticleId` when
 * the row has a date. Sent as a map of exactly those, it is one `SET e += row.updates`, which for
 * most mentions (no description, no date) writes nothing.
 */
function entityUpdates(row: Record<string, unknown>): Record<string, unknown> {
  const updates: Record<string, unknown> = {};
  for (const property of ENTITY_UPDATED_PROPERTIES) if (row[property] !== null && row[property] !== undefined) updates[property] = row[property];
  if (updates.date !== undefined) updates.dateArticleId = row.articleId;
  return updates;
}

/** Statements with SAID, REPORTED_IN, ABOUT and SAID_TO (the plan's `statements` step, article from each row). */
export function statementsQuery(plans: readonly LoadPlan[]): CypherQuery | undefined {
  const rows = plans.flatMap((plan) =>
    rowsOf<Record<string, unknown>>(plan, 'statements', 'rows').map((row) => ({
      ...row,
      articleId: plan.articleId,
      props: withoutNulls(row.props as Record<string, unknown>),
      said: withoutNulls(row.said as Record<string, unknown>),
    })),
  );
  if (rows.length === 0) return undefined;
  return {
    cypher: `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (speaker:Entity {id: row.speakerId})
MERGE (s:Statement {id: row.id})
SET s = row.props
CREATE (s)-[:REPORTED_IN {articleId: row.articleId}]->(a)
CREATE (speaker)-[said:SAID]->(s)
SET said = row.said
WITH s, row
CALL {
  WITH s, row
  UNWIND row.aboutIds AS aboutId
  MATCH (about:Entity {id: aboutId})
  CREATE (s)-[:ABOUT {articleId: row.articleId, provenance: row.props.provenance}]->(about)
}
CALL {
  WITH s, row
  MATCH (audience:Entity {id: row.audienceId})
  CREATE (s)-[:SAID_TO {articleId: row.articleId, provenance: row.props.provenance}]->(audience)
}`,
    params: { rows },
  };
}

/**
 * The plan's steps whose statements take everything from their rows (`label …`, `relations …`),
 * merged across the segment: one statement per label and per relation type.
 */
export function rowStepQueries(plans: readonly LoadPlan[]): CypherQuery[] {
  const merged = new Map<string, { cypher: string; key: string; values: unknown[] }>();
  for (const plan of plans) {
    for (const step of plan.steps) {
      const key = step.name.startsWith('label ') ? 'ids' : step.name.startsWith('relations ') ? 'rows' : undefined;
      if (!key) continue;
      const entry = merged.get(step.name) ?? { cypher: step.cypher, key, values: [] };
      entry.values.push(...((step.params?.[key] as unknown[] | undefined) ?? []));
      merged.set(step.name, entry);
    }
  }
  return [...merged.values()].map(({ cypher, key, values }) => ({ cypher, params: { [key]: key === 'ids' ? [...new Set(values)] : values } }));
}

/**
 * Adds the names a segment's articles use for its entities to their `aliases` and recounts their
 * articles. Equivalent to refreshEntityNamesQuery (which recomputes the aliases from every
 * mention) when no mention was removed, since the stored aliases are then already the union of
 * the older mentions' names, but it reads nothing per mention: refreshing a popular entity (a
 * role every article names) would otherwise read all of its mentions for every batch, which
 * makes a bulk load quadratic in the number of articles.
 */
export function addEntityNamesQuery(plans: readonly LoadPlan[]): CypherQuery | undefined {
  const namesById = new Map<string, Set<string>>();
  for (const plan of plans) {
    for (const row of rowsOf<{ id: string; mention: { name: string; aliases: string[] } }>(plan, 'entities', 'rows')) {
      const names = namesById.get(row.id) ?? new Set<string>();
      names.add(row.mention.name);
      for (const alias of row.mention.aliases) names.add(alias);
      namesById.set(row.id, names);
    }
  }
  if (namesById.size === 0) return undefined;
  return {
    cypher: `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.articleCount = COUNT { (e)-[:MENTIONED_IN]->() }
WITH e, coalesce(e.aliases, []) AS known, [x IN row.names WHERE x <> e.name] AS names
WITH e, known, [x IN names WHERE NOT x IN known] AS added
// Only entities that gained a name are written: aliasText is in a text and a full-text index,
// and rewriting it for every popular entity in every batch costs Neo4j more than the rest.
WITH e, known + added AS aliases WHERE size(added) > 0 OR e.aliases IS NULL
SET e.aliases = aliases,
    e.aliasText = reduce(s = '', x IN aliases | s + x + '\n')`,
    params: { rows: [...namesById].map(([id, names]) => ({ id, names: [...names] })) },
  };
}

/** Entity ids whose stored kind differs from what one of the plans says (the plans' conflict checks, merged). */
function conflictCheckQuery(plans: readonly LoadPlan[]): CypherQuery | undefined {
  const first = plans[0];
  if (!first) return undefined;
  return { cypher: first.conflictCheck.cypher, params: { rows: plans.flatMap((plan) => (plan.conflictCheck.params?.rows as unknown[] | undefined) ?? []) } };
}

/** Refuses a batch in which two documents give one entity id different kinds (loading them in turn would fail too). */
function checkKindsAgree(documents: readonly PlannedDocument[]): void {
  const kinds = new Map<string, { kind: string; source: string }>();
  for (const { plan, source } of documents) {
    for (const row of (plan.conflictCheck.params?.rows as { id: string; kind: string }[] | undefined) ?? []) {
      const seen = kinds.get(row.id);
      if (!seen) kinds.set(row.id, { kind: row.kind, source });
      else if (seen.kind !== row.kind) {
        throw new BadInputError(
          `entity "${row.id}" is a ${row.kind} here but a ${seen.kind} in ${seen.source}; give it another id or fix its type`,
          `${source} /entities`,
        );
      }
    }
  }
}

/**
 * Validates every document, then loads them `batchSize` articles per write transaction. Each
 * batch is all-or-nothing; batches before a failing one stay committed (the error says which
 * document failed). Returns what happened to each document, in input order.
 */
export async function loadDocuments(gateway: DatabaseGateway, inputs: readonly unknown[], options: BatchLoadOptions = {}): Promise<LoadResult[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
    throw new BadInputError(`must be a whole number from 1 to ${MAX_BATCH_SIZE} (got ${batchSize})`, 'batchSize');
  }
  // Every document is checked before anything is written: a bad one anywhere stops the whole load.
  const planned: PlannedDocument[] = inputs.map((input, index) => {
    const source = options.sources?.[index] ?? `document ${index + 1}`;
    const doc = assertValidDocument(input, source);
    const plan = planArticleLoad(doc);
    return {
      doc,
      plan,
      source,
      result: {
        articleId: plan.articleId,
        status: 'created',
        entities: doc.entities.length,
        statements: doc.statements.length,
        relations: doc.relations.length,
        mentions: doc.entities.reduce((sum, entity) => sum + entity.mentions.length, 0),
      },
    };
  });

  const results: LoadResult[] = [];
  for (const batch of batchesOf(planned, batchSize)) {
    results.push(...(await gateway.writeTransaction((tx) => writeBatch(gateway, tx, batch, options.force ?? false))));
    options.onBatch?.({ done: results.length, total: planned.length });
  }
  return results;
}

/**
 * Cuts the documents into batches of at most `size`; a second document of an article already in
 * the batch starts a new batch, so that within a batch every article appears once (and the later
 * document replaces the earlier, as when loading one by one).
 */
function* batchesOf(documents: readonly PlannedDocument[], size: number): Generator<PlannedDocument[]> {
  let batch: PlannedDocument[] = [];
  let ids = new Set<string>();
  for (const document of documents) {
    if (batch.length >= size || ids.has(document.plan.articleId)) {
      yield batch;
      batch = [];
      ids = new Set();
    }
    batch.push(document);
    ids.add(document.plan.articleId);
  }
  if (batch.length > 0) yield batch;
}

/** Writes one batch in the given transaction; safe to run again (the gateway re-runs it after a write conflict). */
async function writeBatch(gateway: DatabaseGateway, tx: ManagedTransaction, batch: readonly PlannedDocument[], force: boolean): Promise<LoadResult[]> {
  const run = (query: CypherQuery): ReturnType<DatabaseGateway['run']> => gateway.run(tx, query, 'WRITE');
  const locked = await gateway.run<{ articleId: string; contentHash: string | null; entityIds: string[] }>(
    tx,
    lockArticlesQuery(batch.map((document) => document.plan.articleId)),
    'WRITE',
  );
  // Every committed Article has a contentHash; a node without one was created by the lock just now.
  const previousById = new Map(
    locked.records
      .map((record) => record.toObject())
      .filter((row) => row.contentHash !== null)
      .map((row) => [row.articleId, row]),
  );

  const results: LoadResult[] = [];
  const toWrite: { document: PlannedDocument; previousEntityIds: string[] | undefined }[] = [];
  for (const document of batch) {
    const previous = previousById.get(document.plan.articleId);
    if (previous && previous.contentHash === document.plan.contentHash && !force) {
      results.push({ ...document.result, status: 'unchanged' });
      continue;
    }
    results.push({ ...document.result, status: previous ? 'replaced' : 'created' });
    toWrite.push({ document, previousEntityIds: previous?.entityIds });
  }
  checkKindsAgree(toWrite.map(({ document }) => document));

  // As loadDocument: the existing entities the batch writes (its own and those its replaced
  // articles mentioned) are write-locked at once, in id order, before any is written. Otherwise
  // each statement below locked them in its own order, and two concurrent loads sharing entities
  // could deadlock (the gateway re-runs the loser, but with enough of them it gives up).
  const touched = toWrite.flatMap(({ document, previousEntityIds }) => [...document.plan.entityIds, ...(previousEntityIds ?? [])]);
  if (touched.length > 0) await run(lockEntitiesQuery(touched));

  // A segment starts at each replaced article: its old facts go before anything after it is written.
  const segments: (typeof toWrite)[] = [];
  for (const item of toWrite) {
    if (item.previousEntityIds !== undefined || segments.length === 0) segments.push([]);
    segments[segments.length - 1]!.push(item);
  }
  for (const segment of segments) {
    const [head, ...rest] = segment;
    if (!head) continue;
    const plans = segment.map(({ document }) => document.plan);
    if (head.previousEntityIds !== undefined) {
      // As loadDocument: the replaced article's entities are checked before its old facts go...
      await refuseKindConflicts(run, [head.document]);
      await run(removeArticleFactsQuery(head.document.plan.articleId));
      // ...and the articles after it, with those facts gone.
      await refuseKindConflicts(
        run,
        rest.map(({ document }) => document),
      );
    } else {
      await refuseKindConflicts(
        run,
        segment.map(({ document }) => document),
      );
    }
    await run(articlesQuery(plans));
    await run(entitiesQuery(plans));
    const rowQueries = rowStepQueries(plans);
    for (const query of rowQueries.filter((q) => 'ids' in (q.params ?? {}))) await run(query);
    const addNames = addEntityNamesQuery(plans);
    if (addNames) await run(addNames);
    // Names only the replaced version used must go: those entities are recomputed from their mentions.
    if (head.previousEntityIds !== undefined && head.previousEntityIds.length > 0) await run(refreshEntityNamesQuery(head.previousEntityIds));
    const statements = statementsQuery(plans);
    if (statements) await run(statements);
    for (const query of rowQueries.filter((q) => 'rows' in (q.params ?? {}))) await run(query);
  }
  return results;
}

async function refuseKindConflicts(run: (query: CypherQuery) => ReturnType<DatabaseGateway['run']>, documents: readonly PlannedDocument[]): Promise<void> {
  const query = conflictCheckQuery(documents.map((document) => document.plan));
  if (!query) return;
  const conflicts = await run(query);
  const first = conflicts.records[0]?.toObject() as { id: string; storedKind: string; documentKind: string } | undefined;
  if (!first) return;
  const culprit = documents.find((document) => document.doc.entities.some((entity) => first.id === entity.id || first.id.startsWith(`${entity.id}@`)));
  throw new BadInputError(
    `entity "${first.id}" is a ${first.documentKind} here but a ${first.storedKind} in the graph; give it another id or fix its type`,
    `${culprit?.source ?? 'document'} /entities`,
  );
}
