import type { DatabaseGateway } from '../../db/gateway';
import { DocumentValidationError } from '../../document/validate';
import { BadInputError, NotFoundError, UnauthenticatedError } from '../../errors';
import { loadDocument, removeArticle as removeArticleFromGraph } from '../../loading/loader';
import type { Page } from '../common/connection.type';
import type { EntityKind } from '../common/enums';
import { LoadStatus } from '../common/enums';
import { pageRequest, toIdPage, toPage } from '../common/pagination';
import { toArticle, toEntity, toStatement, type ArticleRecord, type EntityRecord, type RawMap, type StatementRecord } from '../common/records';
import type { GraphQLContext } from '../context';
import { byParentId } from '../loaders';
import { articleEntitiesBatchQuery, articlesPageQuery, articleStatementsBatchQuery } from './article.cypher';
import type { LoadArticleResult, RemoveArticleResult } from './article.type';

/** An article by id, or null when there is none. */
export async function findArticle(ctx: GraphQLContext, id: string): Promise<ArticleRecord | null> {
  return ctx.loaders.article.load(id);
}

/** articles(first, after): newest first. */
export async function listArticles(
  ctx: GraphQLContext,
  args: { first?: number | null; after?: string | null },
  withTotal: boolean,
): Promise<Page<ArticleRecord>> {
  const page = pageRequest(args, 'article', 2);
  const [row] = await ctx.gateway.read<{ rows: { article: RawMap; key: string[] }[]; totalCount: number | null }>(articlesPageQuery(page, withTotal));
  const result = toPage(
    row?.rows ?? [],
    page,
    'article',
    (r) => r.key,
    (r) => toArticle(r.article),
    row?.totalCount ?? null,
  );
  for (const edge of result.edges) ctx.loaders.article.prime(edge.node.id, edge.node);
  return result;
}

/** Article.entities(kind, first, after), batched over the level. */
export async function entitiesOfArticle(
  ctx: GraphQLContext,
  articleId: string,
  args: { kind?: EntityKind | null; first?: number | null; after?: string | null },
): Promise<Page<EntityRecord>> {
  const page = pageRequest(args, 'article-entity', 1);
  const options = { kind: args.kind ?? null, page };
  const loader = ctx.loaders.forField('Article.entities', options, async (gateway: DatabaseGateway, ids) => {
    const rows = await gateway.read<{ articleId: string; rows: RawMap[]; totalCount: number }>(articleEntitiesBatchQuery(ids, options));
    return byParentId(ids, rows, 'articleId', (r) => ({ entities: r.rows.map(toEntity), totalCount: r.totalCount }), {
      entities: [] as EntityRecord[],
      totalCount: 0,
    });
  });
  const { entities, totalCount } = await loader.load(articleId);
  ctx.loaders.primeEntities(entities);
  return toIdPage(entities, page, 'article-entity', totalCount);
}

/** Article.statements(first, after), batched over the level. */
export async function statementsOfArticle(
  ctx: GraphQLContext,
  articleId: string,
  args: { first?: number | null; after?: string | null },
): Promise<Page<StatementRecord>> {
  const page = pageRequest(args, 'statement', 1);
  const loader = ctx.loaders.forField('Article.statements', page, async (gateway: DatabaseGateway, ids) => {
    const rows = await gateway.read<{ articleId: string; rows: RawMap[]; totalCount: number }>(articleStatementsBatchQuery(ids, page));
    return byParentId(ids, rows, 'articleId', (r) => ({ statements: r.rows.map(toStatement), totalCount: r.totalCount }), {
      statements: [] as StatementRecord[],
      totalCount: 0,
    });
  });
  const { statements, totalCount } = await loader.load(articleId);
  return toIdPage(statements, page, 'statement', totalCount);
}

function requireApiKey(ctx: GraphQLContext): void {
  if (!ctx.authenticated) {
    throw new UnauthenticatedError('This mutation needs the API key in the x-api-key header (the server refuses all writes while KG_API_KEY is not set)');
  }
}

/** loadArticleDocument: validates and loads a document in one write transaction (API key required). */
export async function loadArticleDocument(ctx: GraphQLContext, document: Record<string, unknown>): Promise<LoadArticleResult> {
  requireApiKey(ctx);
  try {
    const result = await loadDocument(ctx.gateway, document, { source: 'document', maxArticleChars: ctx.maxArticleChars });
    ctx.loaders.clearAll();
    ctx.logger.info({ article: result.articleId, status: result.status }, 'article loaded through the API');
    return {
      id: result.articleId,
      status: result.status as LoadStatus,
      entities: result.entities,
      statements: result.statements,
      relations: result.relations,
      mentions: result.mentions,
    };
  } catch (error) {
    if (error instanceof DocumentValidationError) {
      const problems = error.problems.slice(0, 20);
      throw new BadInputError(
        `is not a valid article-graph document: ${problems.map((p) => `${p.path || '/'} ${p.message}`).join('; ')}${error.problems.length > 20 ? ` (and ${error.problems.length - 20} more)` : ''}`,
        'document',
      );
    }
    throw error;
  }
}

/** removeArticle: removes an article and what it contributed (API key required); NOT_FOUND for an unknown id. */
export async function removeArticle(ctx: GraphQLContext, id: string): Promise<RemoveArticleResult> {
  requireApiKey(ctx);
  const removed = await removeArticleFromGraph(ctx.gateway, id);
  if (!removed) throw new NotFoundError('article', id);
  ctx.loaders.clearAll();
  ctx.logger.info({ article: id }, 'article removed through the API');
  return { id, removed };
}
