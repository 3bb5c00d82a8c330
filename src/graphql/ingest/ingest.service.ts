import { BadInputError, UnauthenticatedError } from '../../errors';
import { findArticleTextProblem } from '../../document/validate';
import { ingestText } from '../../extraction/ingest';
import type { GraphQLContext } from '../context';
import type { IngestArticleInput } from './ingest.input';
import type { IngestArticleResult, IngestStatus } from './ingest.type';

/** ingestArticle: extracts the text and loads it (API key required); a reviewed article is never overwritten. */
export async function ingestArticle(ctx: GraphQLContext, input: IngestArticleInput): Promise<IngestArticleResult> {
  if (!ctx.authenticated) {
    throw new UnauthenticatedError('This mutation needs the API key in the x-api-key header (the server refuses all writes while KG_API_KEY is not set)');
  }
  // Empty, over KG_MAX_ARTICLE_CHARS, or holding NUL/C0 controls/unpaired surrogates: refused before extraction.
  const textProblem = findArticleTextProblem(input.text, { maxArticleChars: ctx.maxArticleChars });
  if (textProblem) throw new BadInputError(textProblem, 'input.text');
  if (input.publishedAt && !/^\d{4}-\d{2}-\d{2}$/.test(input.publishedAt))
    throw new BadInputError(`"${input.publishedAt}" is not YYYY-MM-DD`, 'input.publishedAt');
  if (input.title && input.title.length > 1000) throw new BadInputError('is longer than 1000 characters', 'input.title');
  const result = await ingestText(ctx.gateway, {
    text: input.text,
    title: input.title ?? undefined,
    url: input.url ?? undefined,
    publishedAt: input.publishedAt ?? undefined,
    source: input.source ?? undefined,
  });
  ctx.loaders.clearAll();
  ctx.logger.info({ article: result.articleId, status: result.status, statements: result.statements }, 'article ingested through the API');
  return {
    id: result.articleId,
    status: result.status as IngestStatus,
    entities: result.entities,
    statements: result.statements,
    relations: result.relations,
    mentions: result.mentions,
    resolvedToExisting: result.resolvedToExisting,
  };
}
