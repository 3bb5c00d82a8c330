import type { CypherQuery, DatabaseGateway } from '../db/gateway';
import type { ArticleGraphDocument } from '../document/article-graph';
import { articleTextHash } from '../document/text-hash';
import { normaliseName } from '../loading/normalise';
import { assertValidDocument, DocumentValidationError, findArticleTextProblem } from '../document/validate';
import { loadDocuments } from '../loading/batch-loader';
import { loadDocument } from '../loading/loader';
import { extractArticle, type ExtractionInput } from './extract';
import {
  candidateRequest,
  graphCandidateLookup,
  resolveEntities,
  type CandidateLookup,
  type CandidateRequest,
  type GraphEntityCandidate,
  type ResolutionDecision,
} from './resolve-entities';

/** What ingesting one text did. `kept-reviewed`: a human-reviewed document of the article is loaded and was left alone. */
export interface IngestResult {
  articleId: string;
  status: 'created' | 'replaced' | 'unchanged' | 'kept-reviewed';
  entities: number;
  statements: number;
  relations: number;
  mentions: number;
  /** Extracted entities that joined an entity already in the graph. */
  resolvedToExisting: number;
}

/**
 * The article already in the graph for this text, if any: the same id, the same URL or the same
 * text (a reviewed seed loaded under its own id), a human-reviewed one first.
 */
async function findLoadedArticle(gateway: DatabaseGateway, doc: ArticleGraphDocument): Promise<{ id: string; provenance: string } | undefined> {
  return (await findLoadedArticles(gateway, [doc])).get(0);
}

/**
 * Extracts an article from text and loads it: entities are first resolved against the graph (so
 * a person already known from another article stays one node), then the document is loaded in one
 * transaction. The article id comes from the title and a hash of the text, so the same text twice
 * is a no-op. An article already loaded from a human-reviewed document is never overwritten.
 */
export async function ingestText(
  gateway: DatabaseGateway,
  input: ExtractionInput,
  options: { onDecisions?: (decisions: ResolutionDecision[]) => void; maxArticleChars?: number } = {},
): Promise<IngestResult> {
  // Checked before extraction: the extractor should never see NUL, broken UTF-16 or a 10 MB text.
  const textProblem = findArticleTextProblem(input.text, { maxArticleChars: options.maxArticleChars });
  if (textProblem) throw new DocumentValidationError([{ path: '/article/text', message: textProblem }], 'article text');
  const extracted = extractArticle(input);
  const loaded = await findLoadedArticle(gateway, extracted);
  const counts = {
    entities: extracted.entities.length,
    statements: extracted.statements.length,
    relations: extracted.relations.length,
    mentions: extracted.entities.reduce((sum, e) => sum + e.mentions.length, 0),
  };
  if (loaded?.provenance === 'human-reviewed') return { articleId: loaded.id, status: 'kept-reviewed', ...counts, resolvedToExisting: 0 };
  const { document, decisions } = await resolveEntities(extracted, graphCandidateLookup(gateway));
  options.onDecisions?.(decisions);
  const result = await loadDocument(gateway, assertValidDocument(document, `extraction of ${document.article.id}`));
  return {
    articleId: result.articleId,
    status: result.status,
    entities: result.entities,
    statements: result.statements,
    relations: result.relations,
    mentions: result.mentions,
    resolvedToExisting: decisions.filter((d) => d.resolvedId !== d.extractedId).length,
  };
}

/**
 * Cypher finding, for each document, the article already in the graph with the same id, URL or
 * text (by Article.textHash), a human-reviewed one first: three index look-ups per document.
 */
export function loadedArticlesQuery(docs: readonly ArticleGraphDocument[]): CypherQuery {
  return {
    cypher: `
UNWIND $articles AS article
CALL (article) {
  MATCH (a:Article {id: article.id}) RETURN a
  UNION
  MATCH (a:Article {url: article.url}) RETURN a
  UNION
  MATCH (a:Article {textHash: article.textHash}) RETURN a
}
WITH article, a
ORDER BY CASE a.provenance WHEN 'human-reviewed' THEN 0 ELSE 1 END, CASE a.id WHEN article.id THEN 0 ELSE 1 END
WITH article, collect(a)[0] AS a
RETURN article.index AS index, a.id AS id, a.provenance AS provenance`,
    params: { articles: docs.map((doc, index) => ({ index, id: doc.article.id, url: doc.article.url ?? null, textHash: articleTextHash(doc.article.text) })) },
  };
}

/** Articles already in the graph for a batch of documents (same id, URL or text), by position in the batch. */
async function findLoadedArticles(gateway: DatabaseGateway, docs: ArticleGraphDocument[]): Promise<Map<number, { id: string; provenance: string }>> {
  const rows = await gateway.read<{ index: number; id: string; provenance: string }>(loadedArticlesQuery(docs));
  return new Map(rows.map((row) => [row.index, { id: row.id, provenance: row.provenance }]));
}

/**
 * A lookup that answers from one graph query made for the whole batch, plus the entities of the
 * batch's earlier documents (so "Smith" in the third article can join "Jane Smith" of the first).
 */
function batchLookup(graphResults: Map<string, GraphEntityCandidate[]>, earlier: GraphEntityCandidate[]): CandidateLookup {
  return async (requests: CandidateRequest[]) =>
    new Map(
      requests.map((request) => {
        const keys = new Set(request.keys);
        const lowerNames = new Set(request.lowerNames);
        const local = earlier.filter(
          (c) =>
            c.kind === request.kind &&
            (keys.has(normaliseName(c.name)) ||
              [c.name, ...c.aliases].some((name) => lowerNames.has(name.toLowerCase())) ||
              (request.surname !== undefined && normaliseName(c.name).endsWith(` ${request.surname}`))),
        );
        const fromGraph = graphResults.get(request.id) ?? [];
        return [request.id, [...fromGraph, ...local.filter((c) => !fromGraph.some((g) => g.id === c.id))]];
      }),
    );
}

/**
 * Ingests many texts: each batch is extracted, checked against the graph in one query
 * (reviewed articles are kept), resolved with one candidate query, and loaded with the batch
 * loader in one write transaction. Results come back in input order.
 */
export async function ingestTexts(
  gateway: DatabaseGateway,
  inputs: ExtractionInput[],
  options: { batchSize?: number; onBatch?: (progress: { done: number; total: number }) => void } = {},
): Promise<IngestResult[]> {
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const results: IngestResult[] = [];
  for (let from = 0; from < inputs.length; from += batchSize) {
    const docs = inputs.slice(from, from + batchSize).map((input) => extractArticle(input));
    const loaded = await findLoadedArticles(gateway, docs);
    const requests = docs.flatMap((doc, index) =>
      doc.entities
        .map(candidateRequest)
        .filter((r): r is CandidateRequest => r !== undefined)
        .map((r) => ({ ...r, id: `${index}|${r.id}` })),
    );
    const graphRows = requests.length > 0 ? await graphCandidateLookup(gateway)(requests) : new Map<string, GraphEntityCandidate[]>();
    const earlier: GraphEntityCandidate[] = [];
    const toLoad: ArticleGraphDocument[] = [];
    const batchResults: (IngestResult | undefined)[] = [];
    for (const [index, doc] of docs.entries()) {
      const counts = {
        entities: doc.entities.length,
        statements: doc.statements.length,
        relations: doc.relations.length,
        mentions: doc.entities.reduce((sum, e) => sum + e.mentions.length, 0),
      };
      const previous = loaded.get(index);
      if (previous?.provenance === 'human-reviewed') {
        batchResults.push({ articleId: previous.id, status: 'kept-reviewed', ...counts, resolvedToExisting: 0 });
        continue;
      }
      const graphForDoc = new Map(
        [...graphRows].filter(([key]) => key.startsWith(`${index}|`)).map(([key, value]) => [key.slice(key.indexOf('|') + 1), value]),
      );
      const { document, decisions } = await resolveEntities(doc, batchLookup(graphForDoc, earlier));
      for (const entity of document.entities) {
        if (!entity.articleScoped && !earlier.some((c) => c.id === entity.id))
          earlier.push({ id: entity.id, kind: entity.type, name: entity.name, aliases: entity.aliases });
      }
      toLoad.push(document);
      batchResults.push({
        articleId: document.article.id,
        status: 'created',
        ...counts,
        resolvedToExisting: decisions.filter((d) => d.resolvedId !== d.extractedId).length,
      });
    }
    const loadResults =
      toLoad.length > 0 ? await loadDocuments(gateway, toLoad, { batchSize: toLoad.length, sources: toLoad.map((d) => `extraction of ${d.article.id}`) }) : [];
    let next = 0;
    for (const result of batchResults) {
      if (result && result.status === 'kept-reviewed') {
        results.push(result);
        continue;
      }
      const loadResult = loadResults[next++]!;
      results.push({ ...result!, articleId: loadResult.articleId, status: loadResult.status });
    }
    options.onBatch?.({ done: results.length, total: inputs.length });
  }
  return results;
}
