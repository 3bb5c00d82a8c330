import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.type';
import { LIMITS } from '../common/limits';
import type { ArticleRecord, StatementRecord } from '../common/records';
import { selectedStatementParts, selectsField } from '../common/selection';
import type { GraphQLContext } from '../context';
import { Article } from '../article/article.type';
import { connectionComplexity } from '../plugins/complexity';
import { StatementFilter } from './statement.input';
import { articleOf, listStatements } from './statement.service';
import { Statement, StatementConnection } from './statement.type';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, {
    description: `Statements matching every filter given, in id order. first: 1..${LIMITS.maxPageSize} (default ${LIMITS.defaultPageSize}).`,
    complexity: connectionComplexity,
  })
  async statements(
    @Arg('filter', () => StatementFilter, { nullable: true }) filter: StatementFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<StatementRecord>> {
    return listStatements(ctx, { filter, first, after }, selectsField(info, 'totalCount'), selectedStatementParts(info));
  }

  @FieldResolver(() => Article, { description: 'The article that reports it' })
  async article(@Root() statement: StatementRecord, @Ctx() ctx: GraphQLContext): Promise<ArticleRecord | null> {
    return articleOf(ctx, statement);
  }
}
