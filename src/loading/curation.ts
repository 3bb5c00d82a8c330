import type { ManagedTransaction } from 'neo4j-driver';
import type { DatabaseGateway } from '../db/gateway';
import { RELATION_TYPES, type EntityType } from '../document/article-graph';
import { BadInputError, NotFoundError } from '../errors';
import { labelOf, refreshEntityNamesQuery, relationshipTypeOf } from './load-plan';

/** Relationship types an entity takes part in: what a merge or split moves. */
const ENTITY_RELATIONSHIPS = ['MENTIONED_IN', 'SAID', 'ABOUT', 'SAID_TO', ...RELATION_TYPES] as const;

/**
 * The relationship types an entity has, from the allow-list only (they go into query text): a
 * merge or split then sends one statement per type it actually uses.
 */
async function relationshipTypesOf(gateway: DatabaseGateway, tx: ManagedTransaction, id: string): Promise<string[]> {
  const result = await gateway.run<{ types: string[] }>(
    tx,
    { cypher: 'MATCH (e:Entity {id: $id})-[r]-() RETURN collect(DISTINCT type(r)) AS types', params: { id } },
    'WRITE',
  );
  const present = new Set(result.records[0]?.get('types') ?? []);
  return ENTITY_RELATIONSHIPS.filter((type) => present.has(type)).map((type) =>
    type === 'MENTIONED_IN' || type === 'SAID' || type === 'ABOUT' || type === 'SAID_TO' ? type : relationshipTypeOf(type),
  );
}

/** What a merge did. */
export interface MergeResult {
  keptId: string;
  removedId: string;
  movedRelationships: number;
  aliases: string[];
}

/** What a split did. */
export interface SplitResult {
  fromId: string;
  newId: string;
  articleId: string;
  movedRelationships: number;
  /** True when the original entity had no other article and was deleted. */
  originalRemoved: boolean;
}

/**
 * Merges OTHER into KEEP in one write transaction: every relationship of OTHER (mentions,
 * statements, relations, in either direction) moves to KEEP, mentions of one article are combined,
 * aliases become the union (OTHER's name included), and OTHER is deleted. Both must be of one kind.
 */
export async function mergeEntities(gateway: DatabaseGateway, keepId: string, otherId: string): Promise<MergeResult> {
  if (keepId === otherId) throw new BadInputError('KEEP and OTHER are the same entity', 'merge');
  return gateway.writeTransaction(async (tx) => {
    const found = await gateway.run<{ id: string; kind: string }>(
      tx,
      { cypher: 'MATCH (e:Entity) WHERE e.id IN [$keepId, $otherId] RETURN e.id AS id, e.kind AS kind', params: { keepId, otherId } },
      'WRITE',
    );
    const kinds = new Map(found.records.map((r) => [r.get('id'), r.get('kind')]));
    if (!kinds.has(keepId)) throw new NotFoundError('entity', keepId, 'KEEP');
    if (!kinds.has(otherId)) throw new NotFoundError('entity', otherId, 'OTHER');
    if (kinds.get(keepId) !== kinds.get(otherId)) {
      throw new BadInputError(`"${keepId}" is a ${kinds.get(keepId)} but "${otherId}" is a ${kinds.get(otherId)}; only entities of one kind merge`, 'merge');
    }
    let moved = 0;
    // Mentions of an article both entities appear in are combined into KEEP's relationship.
    const combined = await gateway.run<{ count: number }>(
      tx,
      {
        cypher: `
MATCH (other:Entity {id: $otherId})-[r:MENTIONED_IN]->(a:Article)<-[k:MENTIONED_IN]-(keep:Entity {id: $keepId})
SET k.starts = k.starts + r.starts, k.ends = k.ends + r.ends, k.excerpts = k.excerpts + r.excerpts,
    k.aliases = k.aliases + [x IN [r.name] + r.aliases WHERE NOT x IN k.aliases AND x <> k.name]
DELETE r
RETURN count(*) AS count`,
        params: { keepId, otherId },
      },
      'WRITE',
    );
    moved += combined.records[0]?.get('count') ?? 0;
    for (const type of await relationshipTypesOf(gateway, tx, otherId)) {
      const relType = type;
      const outgoing = await gateway.run<{ count: number }>(
        tx,
        {
          cypher: `
MATCH (other:Entity {id: $otherId})-[r:${relType}]->(target), (keep:Entity {id: $keepId})
WHERE target <> keep
CREATE (keep)-[moved:${relType}]->(target)
SET moved = properties(r)
DELETE r
RETURN count(*) AS count`,
          params: { keepId, otherId },
        },
        'WRITE',
      );
      const incoming = await gateway.run<{ count: number }>(
        tx,
        {
          cypher: `
MATCH (source)-[r:${relType}]->(other:Entity {id: $otherId}), (keep:Entity {id: $keepId})
WHERE source <> keep
CREATE (source)-[moved:${relType}]->(keep)
SET moved = properties(r)
DELETE r
RETURN count(*) AS count`,
          params: { keepId, otherId },
        },
        'WRITE',
      );
      moved += (outgoing.records[0]?.get('count') ?? 0) + (incoming.records[0]?.get('count') ?? 0);
    }
    await gateway.run(tx, { cypher: 'MATCH (other:Entity {id: $otherId}) DETACH DELETE other', params: { otherId } }, 'WRITE');
    await gateway.run(tx, refreshEntityNamesQuery([keepId]), 'WRITE');
    const after = await gateway.run<{ aliases: string[] }>(
      tx,
      { cypher: 'MATCH (e:Entity {id: $keepId}) RETURN coalesce(e.aliases, []) AS aliases', params: { keepId } },
      'WRITE',
    );
    return { keptId: keepId, removedId: otherId, movedRelationships: moved, aliases: after.records[0]?.get('aliases') ?? [] };
  });
}

/**
 * Splits one article's use of an entity off into a new entity NEW_ID, in one write transaction:
 * that article's mention, the statements it reports the entity saying, and its relations move to
 * the new node (same kind and name); the original keeps every other article, and is deleted when
 * it has none left. Loading that article's document again restores the document's ids.
 */
export async function splitEntity(gateway: DatabaseGateway, entityId: string, articleId: string, newId: string): Promise<SplitResult> {
  if (!/^[a-z0-9][a-z0-9._:/-]*$/.test(newId)) throw new BadInputError(`"${newId}" is not a valid id (lower-case letters, digits and . _ : / -)`, '--new-id');
  return gateway.writeTransaction(async (tx) => {
    const found = await gateway.run<{ kind: EntityType; mentioned: boolean; taken: boolean }>(
      tx,
      {
        cypher: `
MATCH (e:Entity {id: $entityId})
RETURN e.kind AS kind, EXISTS { (e)-[:MENTIONED_IN]->(:Article {id: $articleId}) } AS mentioned, EXISTS { MATCH (n:Entity {id: $newId}) } AS taken`,
        params: { entityId, articleId, newId },
      },
      'WRITE',
    );
    const row = found.records[0];
    if (!row) throw new NotFoundError('entity', entityId, 'ID');
    if (row.get('taken')) throw new BadInputError(`an entity with id "${newId}" already exists; merge into it instead`, '--new-id');
    if (!row.get('mentioned')) throw new BadInputError(`"${entityId}" is not mentioned in article "${articleId}"`, '--article');
    const label = labelOf(row.get('kind'));
    await gateway.run(
      tx,
      {
        cypher: `
MATCH (e:Entity {id: $entityId})
CREATE (n:Entity:${label} {id: $newId})
SET n.name = e.name, n.nameKey = e.nameKey, n.kind = e.kind, n.articleScoped = e.articleScoped, n.description = e.description`,
        params: { entityId, newId },
      },
      'WRITE',
    );
    let moved = 0;
    for (const type of await relationshipTypesOf(gateway, tx, entityId)) {
      const relType = type;
      for (const direction of ['out', 'in'] as const) {
        const pattern = direction === 'out' ? `(e:Entity {id: $entityId})-[r:${relType}]->(other)` : `(other)-[r:${relType}]->(e:Entity {id: $entityId})`;
        const create = direction === 'out' ? `CREATE (n)-[moved:${relType}]->(other)` : `CREATE (other)-[moved:${relType}]->(n)`;
        const result = await gateway.run<{ count: number }>(
          tx,
          {
            cypher: `
MATCH ${pattern}
WHERE r.articleId = $articleId OR (type(r) = 'MENTIONED_IN' AND other.id = $articleId)
MATCH (n:Entity {id: $newId})
${create}
SET moved = properties(r)
DELETE r
RETURN count(*) AS count`,
            params: { entityId, articleId, newId },
          },
          'WRITE',
        );
        moved += result.records[0]?.get('count') ?? 0;
      }
    }
    const orphan = await gateway.run<{ removed: boolean }>(
      tx,
      {
        cypher: `
MATCH (e:Entity {id: $entityId})
WITH e, NOT EXISTS { (e)-[:MENTIONED_IN]->() } AS orphan
CALL { WITH e, orphan WITH e WHERE orphan DETACH DELETE e }
RETURN orphan AS removed`,
        params: { entityId },
      },
      'WRITE',
    );
    const originalRemoved = orphan.records[0]?.get('removed') ?? false;
    await gateway.run(tx, refreshEntityNamesQuery(originalRemoved ? [newId] : [entityId, newId]), 'WRITE');
    return { fromId: entityId, newId, articleId, movedRelationships: moved, originalRemoved };
  });
}
