import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.type';
import { EntityKind } from '../common/enums';
import { LIMITS } from '../common/limits';
import type { ArticleRecord, EntityRecord, StatementRecord } from '../common/records';
import { selectsField } from '../common/selection';
import type { GraphQLContext } from '../context';
import { EntityConnection } from '../entity/entity.type';
import { connectionComplexity } from '../plugins/complexity';
import { StatementConnection } from '../statement/statement.type';
import { entitiesOfArticle, findArticle, listArticles, loadArticleDocument, removeArticle, statementsOfArticle } from './article.service';
import { Article, ArticleConnection, LoadArticleResult, RemoveArticleResult } from './article.type';

const PAGE = `first: 1..${LIMITS.maxPageSize} (default ${LIMITS.defaultPageSize})`;

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'An article by id; null when there is none' })
  async article(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ArticleRecord | null> {
    return findArticle(ctx, id);
  }

  @Query(() => ArticleConnection, { description: `Articles, newest first. ${PAGE}.`, complexity: connectionComplexity })
  async articles(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<ArticleRecord>> {
    return listArticles(ctx, { first, after }, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => EntityConnection, { description: `Entities the article mentions, in id order. ${PAGE}.`, complexity: connectionComplexity })
  async entities(
    @Root() article: ArticleRecord,
    @Arg('kind', () => EntityKind, { nullable: true }) kind: EntityKind | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<EntityRecord>> {
    return entitiesOfArticle(ctx, article.id, { kind, first, after });
  }

  @FieldResolver(() => StatementConnection, { description: `Statements the article reports, in id order. ${PAGE}.`, complexity: connectionComplexity })
  async statements(
    @Root() article: ArticleRecord,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<StatementRecord>> {
    return statementsOfArticle(ctx, article.id, { first, after });
  }

  @Mutation(() => LoadArticleResult, {
    description: 'Loads an article-graph document (schema/article-graph.schema.json), replacing an earlier version of the article. Needs the x-api-key header.',
  })
  async loadArticleDocument(
    @Arg('document', () => GraphQLJSONObject) document: Record<string, unknown>,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LoadArticleResult> {
    return loadArticleDocument(ctx, document);
  }

  @Mutation(() => RemoveArticleResult, {
    description:
      'Removes an article and everything it contributed; entities other articles mention stay. NOT_FOUND for an unknown id. Needs the x-api-key header.',
  })
  async removeArticle(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<RemoveArticleResult> {
    return removeArticle(ctx, id);
  }
}
