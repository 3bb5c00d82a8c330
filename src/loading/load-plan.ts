import { createHash } from 'node:crypto';
import { RELATION_TYPES, ENTITY_TYPES, type ArticleGraphDocument, type DocumentDate, type EntityType, type RelationType } from '../document/article-graph';
import { articleTextHash } from '../document/text-hash';
import type { CypherQuery } from '../db/gateway';
import { normaliseName } from './normalise';

/** A named step of a load; all steps of one article run in one transaction. */
export interface LoadStep extends CypherQuery {
  name: string;
}

export interface LoadPlan {
  articleId: string;
  contentHash: string;
  /** Steps that find entity ids whose stored kind differs from the document's (must return nothing). */
  conflictCheck: CypherQuery;
  steps: LoadStep[];
  /** Graph ids of the document's entities, sorted (the order every writer locks them in). */
  entityIds: string[];
}

/** Hash of the document as loaded: equal hashes mean re-loading would change nothing. */
export function documentHash(doc: ArticleGraphDocument): string {
  return createHash('sha256').update(JSON.stringify(doc)).digest('hex');
}

/** The graph id of an article-local fact (statement, relation): unique across articles. */
export function scopedId(articleId: string, localId: string): string {
  return localId.startsWith(`${articleId}/`) ? localId : `${articleId}/${localId}`;
}

/**
 * The graph id of an entity. Named entities keep the document's id, so the same id in two
 * articles is one node; article-scoped speakers ("critics") get the article id appended so they
 * are never merged across articles.
 */
export function entityGraphId(articleId: string, id: string, articleScoped: boolean | undefined): string {
  return articleScoped && !id.endsWith(`@${articleId}`) ? `${id}@${articleId}` : id;
}

function dateProps(date: DocumentDate | undefined): Record<string, unknown> {
  return {
    date: date?.value ?? null,
    datePrecision: date?.precision ?? null,
    dateCertainty: date?.certainty ?? null,
    dateText: date?.text ?? null,
    dateStart: date?.start ?? null,
    dateEnd: date?.end ?? null,
  };
}

/**
 * Cypher that removes everything an article contributed; entities no other article mentions go
 * too. Each entity is locked (in id order, so two such removals cannot deadlock) before "does any
 * other article mention it?" is asked: a concurrent load that is adding a mention of it either
 * commits first, and the entity stays, or waits and then re-creates it.
 */
export function removeArticleFactsQuery(articleId: string): CypherQuery {
  return {
    cypher: `
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
DETACH DELETE s
WITH DISTINCT a
MATCH (e:Entity)-[:MENTIONED_IN]->(a)
WITH collect(e) AS entities
UNWIND entities AS e
OPTIONAL MATCH (e)-[r]-() WHERE r.articleId = $articleId
DELETE r
WITH DISTINCT entities
UNWIND entities AS e
WITH e ORDER BY e.id
SET e._lock = true REMOVE e._lock
WITH e WHERE NOT (e)-[:MENTIONED_IN]->()
DETACH DELETE e`,
    params: { articleId },
  };
}

/** Cypher that recomputes aliases of entities from every article that still mentions them. */
export function refreshEntityNamesQuery(entityIds: string[]): CypherQuery {
  return {
    cypher: `
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})-[m:MENTIONED_IN]->()
WITH e, collect(m.name) AS names, reduce(acc = [], list IN collect(m.aliases) | acc + list) AS aliases
WITH e, [x IN names + aliases WHERE x <> e.name] AS others
UNWIND (CASE WHEN size(others) = 0 THEN [null] ELSE others END) AS other
WITH e, collect(DISTINCT other) AS distinctAliases
SET e.aliases = distinctAliases,
    e.aliasText = reduce(s = '', x IN distinctAliases | s + x + '\n'),
    e.articleCount = COUNT { (e)-[:MENTIONED_IN]->() }`,
    params: { entityIds },
  };
}

/**
 * Builds the statements that load one document (pure: no database). Every value travels as a
 * parameter; labels and relationship types come only from the document type's allow-lists.
 */
export function planArticleLoad(doc: ArticleGraphDocument): LoadPlan {
  const articleId = doc.article.id;
  const text = doc.article.text;
  const contentHash = documentHash(doc);
  const provenanceOf = (fact: { provenance?: string }): string => fact.provenance ?? doc.provenance;
  const scopedById = new Map(doc.entities.map((e) => [e.id, entityGraphId(articleId, e.id, e.articleScoped)]));
  const entityRef = (id: string): string => scopedById.get(id) ?? id;

  const steps: LoadStep[] = [];
  steps.push({ name: 'remove previous version of the article', ...removeArticleFactsQuery(articleId) });
  steps.push({
    name: 'article',
    cypher: 'MERGE (a:Article {id: $article.id}) SET a = $article',
    params: {
      article: {
        id: articleId,
        title: doc.article.title,
        text,
        publishedAt: doc.article.publishedAt,
        publishedAtCertainty: doc.article.publishedAtCertainty ?? 'stated',
        source: doc.article.source,
        url: doc.article.url ?? null,
        provenance: doc.provenance,
        reviewedBy: doc.reviewedBy ?? null,
        schemaVersion: doc.schemaVersion,
        contentHash,
        textHash: articleTextHash(text),
        loadedAt: new Date().toISOString(),
      },
    },
  });

  // Sorted by id: concurrent loads then create and lock shared entities in the same order.
  const entityRows = [...doc.entities]
    .sort((a, b) => compareIds(entityRef(a.id), entityRef(b.id)))
    .map((entity) => ({
      id: entityRef(entity.id),
      kind: entity.type,
      name: entity.name,
      nameKey: normaliseName(entity.name),
      description: entity.description ?? null,
      articleScoped: entity.articleScoped ?? false,
      ...dateProps(entity.date),
      mention: {
        articleId,
        name: entity.name,
        aliases: entity.aliases,
        starts: entity.mentions.map((m) => m.start),
        ends: entity.mentions.map((m) => m.end),
        excerpts: entity.mentions.map((m) => text.slice(m.start, m.end)),
        provenance: provenanceOf(entity),
        confidence: entity.confidence ?? null,
      },
    }));
  steps.push({
    name: 'entities',
    // A node keeps the name it was first loaded with; later articles add aliases.
    cypher: `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.nameKey = row.nameKey, e.kind = row.kind, e.articleScoped = row.articleScoped
SET e.description = coalesce(row.description, e.description),
    e.date = coalesce(row.date, e.date), e.datePrecision = coalesce(row.datePrecision, e.datePrecision),
    e.dateCertainty = coalesce(row.dateCertainty, e.dateCertainty), e.dateText = coalesce(row.dateText, e.dateText),
    e.dateStart = coalesce(row.dateStart, e.dateStart), e.dateEnd = coalesce(row.dateEnd, e.dateEnd),
    e.dateArticleId = CASE WHEN row.date IS NULL THEN e.dateArticleId ELSE $articleId END
CREATE (e)-[m:MENTIONED_IN]->(a)
SET m = row.mention`,
    params: { articleId, rows: entityRows },
  });
  for (const type of ENTITY_TYPES) {
    const ids = entityRows.filter((row) => row.kind === type).map((row) => row.id);
    if (ids.length === 0) continue;
    steps.push({ name: `label ${type}`, cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) SET e:${labelOf(type)}`, params: { ids } });
  }
  steps.push({ name: 'entity aliases', ...refreshEntityNamesQuery(entityRows.map((row) => row.id)) });

  const statementRows = doc.statements.map((statement) => ({
    id: scopedId(articleId, statement.id),
    speakerId: entityRef(statement.speakerId),
    aboutIds: statement.aboutIds.map(entityRef),
    audienceId: statement.audienceId ? entityRef(statement.audienceId) : null,
    props: {
      id: scopedId(articleId, statement.id),
      localId: statement.id,
      articleId,
      text: statement.text,
      kind: statement.kind,
      stance: statement.stance,
      stanceConfidence: statement.stanceConfidence ?? null,
      start: statement.start,
      end: statement.end,
      excerpt: text.slice(statement.start, statement.end),
      reportingVerb: statement.reportingVerb ?? null,
      provenance: provenanceOf(statement),
      confidence: statement.confidence ?? null,
      ...dateProps(statement.date),
    },
    said: {
      articleId,
      start: statement.speakerMention?.start ?? null,
      end: statement.speakerMention?.end ?? null,
      excerpt: statement.speakerMention ? text.slice(statement.speakerMention.start, statement.speakerMention.end) : null,
      provenance: provenanceOf(statement),
    },
  }));
  if (statementRows.length > 0) {
    steps.push({
      name: 'statements',
      cypher: `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (speaker:Entity {id: row.speakerId})
MERGE (s:Statement {id: row.id})
SET s = row.props
CREATE (s)-[:REPORTED_IN {articleId: $articleId}]->(a)
CREATE (speaker)-[said:SAID]->(s)
SET said = row.said
WITH s, row
CALL {
  WITH s, row
  UNWIND row.aboutIds AS aboutId
  MATCH (about:Entity {id: aboutId})
  CREATE (s)-[:ABOUT {articleId: $articleId, provenance: row.props.provenance}]->(about)
}
CALL {
  WITH s, row
  MATCH (audience:Entity {id: row.audienceId})
  CREATE (s)-[:SAID_TO {articleId: $articleId, provenance: row.props.provenance}]->(audience)
}`,
      params: { articleId, rows: statementRows },
    });
  }

  for (const type of RELATION_TYPES) {
    const rows = doc.relations
      .filter((relation) => relation.type === type)
      .map((relation) => ({
        sourceId: entityRef(relation.sourceId),
        targetId: entityRef(relation.targetId),
        props: {
          id: scopedId(articleId, relation.id),
          articleId,
          start: relation.start,
          end: relation.end,
          excerpt: text.slice(relation.start, relation.end),
          role: relation.role ?? null,
          qualifier: relation.qualifier ?? null,
          organisationId: relation.organisationId ? entityRef(relation.organisationId) : null,
          provenance: provenanceOf(relation),
          confidence: relation.confidence ?? null,
        },
      }));
    if (rows.length === 0) continue;
    steps.push({
      name: `relations ${type}`,
      cypher: `
UNWIND $rows AS row
MATCH (source:Entity {id: row.sourceId})
MATCH (target:Entity {id: row.targetId})
CREATE (source)-[r:${relationshipTypeOf(type)}]->(target)
SET r = row.props`,
      params: { rows },
    });
  }

  return {
    articleId,
    contentHash,
    conflictCheck: {
      cypher: `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id}) WHERE e.kind <> row.kind
RETURN e.id AS id, e.kind AS storedKind, row.kind AS documentKind`,
      params: { rows: entityRows.map((row) => ({ id: row.id, kind: row.kind })) },
    },
    steps,
    entityIds: entityRows.map((row) => row.id),
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The Neo4j label of an entity type; only allow-listed names ever reach query text. */
export function labelOf(type: EntityType): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new Error(`Unknown entity type ${String(type)}`);
  return type;
}

/** The Neo4j relationship type of a relation type; only allow-listed names ever reach query text. */
export function relationshipTypeOf(type: RelationType): string {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new Error(`Unknown relation type ${String(type)}`);
  return type;
}
