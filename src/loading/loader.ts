import type { CypherQuery, DatabaseGateway } from '../db/gateway';
import type { ArticleGraphDocument } from '../document/article-graph';
import { assertValidDocument } from '../document/validate';
import { BadInputError } from '../errors';
import { addEntityNamesQuery } from './batch-loader';
import { planArticleLoad, refreshEntityNamesQuery, removeArticleFactsQuery } from './load-plan';

/** What a load did. */
export interface LoadResult {
  articleId: string;
  /** `unchanged`: the same document was already loaded and nothing was written. */
  status: 'created' | 'replaced' | 'unchanged';
  entities: number;
  statements: number;
  relations: number;
  mentions: number;
}

/**
 * Validates a document and loads it in one write transaction: either all of the article is in
 * the graph afterwards, or (on any error) none of the change is. Loading a document equal to the
 * one already loaded writes nothing; loading an edited one replaces that article's facts and
 * leaves other articles alone.
 */
export async function loadDocument(
  gateway: DatabaseGateway,
  input: unknown,
  options: { source?: string; force?: boolean; maxArticleChars?: number } = {},
): Promise<LoadResult> {
  const doc: ArticleGraphDocument = assertValidDocument(input, options.source, { maxArticleChars: options.maxArticleChars });
  const plan = planArticleLoad(doc);
  const result: LoadResult = {
    articleId: plan.articleId,
    status: 'created',
    entities: doc.entities.length,
    statements: doc.statements.length,
    relations: doc.relations.length,
    mentions: doc.entities.reduce((sum, entity) => sum + entity.mentions.length, 0),
  };
  return gateway.writeTransaction(async (tx) => {
    const existing = await gateway.run<{ contentHash: string | null; entityIds: string[] }>(tx, lockArticleQuery(plan.articleId), 'WRITE');
    const locked = existing.records[0]?.toObject();
    // Every committed Article has a contentHash; a node without one was created by the lock just now.
    const previous = locked?.contentHash ? locked : undefined;
    if (previous && previous.contentHash === plan.contentHash && !options.force) return { ...result, status: 'unchanged' };
    await gateway.run(tx, lockEntitiesQuery([...plan.entityIds, ...(previous?.entityIds ?? [])]), 'WRITE');
    const conflicts = await gateway.run<{ id: string; storedKind: string; documentKind: string }>(tx, plan.conflictCheck, 'WRITE');
    if (conflicts.records.length > 0) {
      const first = conflicts.records[0]!.toObject();
      throw new BadInputError(
        `entity "${first.id}" is a ${first.documentKind} here but a ${first.storedKind} in the graph; give it another id or fix its type`,
        `${options.source ?? 'document'} /entities`,
      );
    }
    for (const step of plan.steps) {
      if (step.name === 'entity aliases' && !previous) {
        // A new article removes no mention, so its names are added to the stored aliases, as the
        // batch loader does, instead of recomputed from every mention of every entity it names
        // (which for a popular entity reads thousands of mentions per load).
        const added = addEntityNamesQuery([plan]);
        if (added) await gateway.run(tx, added, 'WRITE');
        continue;
      }
      await gateway.run(tx, step, 'WRITE');
    }
    const previousIds = previous?.entityIds ?? [];
    if (previousIds.length > 0) await gateway.run(tx, refreshEntityNamesQuery(previousIds), 'WRITE');
    return { ...result, status: previous ? 'replaced' : 'created' };
  });
}

/**
 * The first statement of a load: takes the write lock of the article's node (creating it when
 * new) and reads what was loaded before. Two loads of one article therefore run one after the
 * other: the second waits for the first to commit and then sees its result, instead of both
 * deleting the previous version and both recreating it (duplicate mentions). Setting and removing
 * a property takes the node's exclusive lock and leaves the node as it was.
 */
export function lockArticleQuery(articleId: string): CypherQuery {
  return {
    cypher: `
MERGE (a:Article {id: $articleId})
SET a._lock = true REMOVE a._lock
WITH a
OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(a)
RETURN a.contentHash AS contentHash, collect(e.id) AS entityIds`,
    params: { articleId },
  };
}

/**
 * Takes the write locks of the existing entities a load will touch, all at once and in id order.
 * Without it each statement of the load locked entities in its own order (the document's, or id
 * order when removing the previous version), and two loads sharing entities deadlocked: in a
 * 5-minute soak 146 of 637 loads had to be re-run and one gave up. Entities that do not exist yet
 * are created by the entity step, in id order as well (the plan sorts its rows).
 */
export function lockEntitiesQuery(entityIds: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
WITH e ORDER BY e.id
SET e._lock = true REMOVE e._lock`,
    params: { entityIds: [...new Set(entityIds)].sort() },
  };
}

/** Removes an article and everything it contributed; entities other articles mention stay. */
export async function removeArticle(gateway: DatabaseGateway, articleId: string): Promise<boolean> {
  return gateway.writeTransaction(async (tx) => {
    const found = await gateway.run<{ id: string; entityIds: string[] }>(
      tx,
      {
        // The same lock as loadDocument's, so a removal and a load of one article never interleave.
        cypher: `
MATCH (a:Article {id: $articleId})
SET a._lock = true REMOVE a._lock
WITH a
OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(a)
RETURN a.id AS id, collect(e.id) AS entityIds`,
        params: { articleId },
      },
      'WRITE',
    );
    const record = found.records[0];
    if (!record) return false;
    await gateway.run(tx, lockEntitiesQuery(record.toObject().entityIds), 'WRITE');
    await gateway.run(tx, removeArticleFactsQuery(articleId), 'WRITE');
    await gateway.run(tx, { cypher: 'MATCH (a:Article {id: $articleId}) DETACH DELETE a', params: { articleId } }, 'WRITE');
    await gateway.run(tx, refreshEntityNamesQuery(record.toObject().entityIds), 'WRITE');
    return true;
  });
}
