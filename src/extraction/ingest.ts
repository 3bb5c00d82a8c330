import type { DatabaseGateway } from '../db/gateway';
import type { ArticleGraphDocument } from '../document/article-graph';
import { assertValidDocument, DocumentValidationError, findArticleTextProblem } from '../document/validate';
import { loadDocument } from '../loading/loader';
import { extractArticle, type ExtractionInput } from './extract';
import { graphCandidateLookup, resolveEntities, type ResolutionDecision } from './resolve-entities';

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
  const rows = await gateway.read<{ id: string; provenance: string }>({
    cypher: `
MATCH (a:Article)
WHERE a.id = $id OR ($url IS NOT NULL AND a.url = $url) OR trim(a.text) = $text
RETURN a.id AS id, a.provenance AS provenance
ORDER BY CASE a.provenance WHEN 'human-reviewed' THEN 0 ELSE 1 END, CASE a.id WHEN $id THEN 0 ELSE 1 END
LIMIT 1`,
    params: { id: doc.article.id, url: doc.article.url ?? null, text: doc.article.text.trim() },
  });
  return rows[0];
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
