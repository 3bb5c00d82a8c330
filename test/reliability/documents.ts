import type { ArticleGraphDocument, DocumentEntity, DocumentRelation, DocumentStatement } from '../../src/document/article-graph';
import type { DatabaseGateway } from '../../src/db/gateway';
import { entityGraphId, scopedId } from '../../src/loading/load-plan';

/** The entities every generated article can share, by the index given in `shared`. */
export const SHARED_ENTITIES = [
  { id: 'person:ada-shared', type: 'Person', name: 'Ada Shared' },
  { id: 'org:shared-council', type: 'Organisation', name: 'Shared Council' },
  { id: 'place:shared-town', type: 'Place', name: 'Shared Town' },
] as const;

/**
 * A valid article-graph document built sentence by sentence, so every offset is computed rather
 * than typed: `own` people of its own (each saying something about the shared council when it is
 * mentioned), the shared entities listed in `shared`, and one MEMBER_OF relation per own person.
 * `version` changes the wording, which makes a different document of the same article.
 */
export function generatedDocument(articleId: string, options: { own?: number; shared?: number[]; version?: number } = {}): ArticleGraphDocument {
  const own = options.own ?? 3;
  const shared = options.shared ?? [0, 1, 2];
  const version = options.version ?? 1;
  let text = `Report ${articleId} (version ${version}). `;
  const entities: DocumentEntity[] = [];
  const statements: DocumentStatement[] = [];
  const relations: DocumentRelation[] = [];
  const append = (fragment: string): { start: number; end: number } => {
    const start = text.length;
    text += fragment;
    return { start, end: text.length };
  };
  for (const index of shared) {
    const entity = SHARED_ENTITIES[index];
    if (!entity) throw new Error(`no shared entity ${index}`);
    const mention = append(entity.name);
    append(' was mentioned. ');
    entities.push({ id: entity.id, type: entity.type, name: entity.name, aliases: [], mentions: [mention] });
  }
  const councilShared = shared.includes(1);
  for (let i = 0; i < own; i++) {
    const id = `person:${articleId}-${i}`;
    const name = `Person${i} Of ${articleId.replace(/[^a-z0-9]/g, '')}`;
    const sentenceStart = text.length;
    const mention = append(name);
    append(' said "');
    const quote = append(`Point ${i} of version ${version} stands`);
    append('." ');
    entities.push({ id, type: 'Person', name, aliases: [], mentions: [mention] });
    statements.push({
      id: `s${i}`,
      speakerId: id,
      text: text.slice(quote.start, quote.end),
      kind: 'direct',
      stance: 'neutral',
      ...quote,
      aboutIds: councilShared ? [SHARED_ENTITIES[1].id] : [],
      reportingVerb: 'said',
    });
    if (councilShared)
      relations.push({ id: `r${i}`, type: 'MEMBER_OF', sourceId: id, targetId: SHARED_ENTITIES[1].id, start: sentenceStart, end: mention.end });
  }
  return {
    schemaVersion: '1.0',
    provenance: 'machine-extracted',
    article: { id: articleId, title: `Generated ${articleId}`, text, publishedAt: '2024-05-01', source: 'Reliability Tests' },
    entities,
    statements,
    relations,
  };
}

/** What one article contributed to the graph, counted. */
export interface ArticleFootprint {
  article: number;
  mentions: number;
  statements: number;
  relations: number;
}

/** The footprint a fully loaded document leaves. */
export function expectedFootprint(doc: ArticleGraphDocument): ArticleFootprint {
  return {
    article: 1,
    mentions: doc.entities.length,
    statements: doc.statements.length,
    relations: doc.relations.length + doc.statements.reduce((n, s) => n + s.aboutIds.length + (s.audienceId ? 1 : 0), 0),
  };
}

/** Counts an article's node, mentions, statements and relations (ABOUT and typed relations) in the graph. */
export async function articleFootprint(gateway: DatabaseGateway, articleId: string): Promise<ArticleFootprint> {
  const [row] = await gateway.read<ArticleFootprint>({
    cypher: `
CALL { MATCH (a:Article {id: $articleId}) RETURN count(a) AS article }
CALL { MATCH (:Entity)-[m:MENTIONED_IN]->(:Article {id: $articleId}) RETURN count(m) AS mentions }
CALL { MATCH (s:Statement {articleId: $articleId}) RETURN count(s) AS statements }
CALL { MATCH ()-[r]->() WHERE r.articleId = $articleId AND NOT type(r) IN ['MENTIONED_IN', 'REPORTED_IN', 'SAID'] RETURN count(r) AS relations }
RETURN article, mentions, statements, relations`,
    params: { articleId },
  });
  return row ?? { article: 0, mentions: 0, statements: 0, relations: 0 };
}

/** Ids that more than one node carries (must be none: the loader MERGEs on ids). */
export async function duplicateIds(gateway: DatabaseGateway): Promise<{ id: string; count: number }[]> {
  return gateway.read<{ id: string; count: number }>({
    cypher: 'MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS count WHERE count > 1 RETURN id, count ORDER BY id',
  });
}

/** Entities no article mentions any more (must be none: a load or removal deletes its orphans). */
export async function orphanEntities(gateway: DatabaseGateway): Promise<string[]> {
  const rows = await gateway.read<{ id: string }>({ cypher: 'MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN]->() RETURN e.id AS id ORDER BY id' });
  return rows.map((row) => row.id);
}

/** Graph ids of a document's statements and entities, as the loader writes them. */
export function graphIdsOf(doc: ArticleGraphDocument): { statements: string[]; entities: string[] } {
  return {
    statements: doc.statements.map((s) => scopedId(doc.article.id, s.id)),
    entities: doc.entities.map((e) => entityGraphId(doc.article.id, e.id, e.articleScoped)),
  };
}
