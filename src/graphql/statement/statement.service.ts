import type { DatabaseGateway } from '../../db/gateway';
import type { Page } from '../common/connection.type';
import type { Stance } from '../common/enums';
import { luceneQuery } from '../common/lucene';
import { pageRequest, toPage } from '../common/pagination';
import { toStatement, type ArticleRecord, type RawMap, type StatementRecord } from '../common/records';
import type { GraphQLContext } from '../context';
import { byParentId } from '../loaders';
import { statementsOfEntitiesBatchQuery, statementsPageQuery, type StatementCriteria, type StatementRole } from './statement.cypher';
import type { StatementFilter } from './statement.input';

/** The criteria of a statements filter: empty strings count as "not given", text becomes a safe Lucene query. */
export function statementCriteria(filter: StatementFilter | null | undefined): StatementCriteria {
  const given = (value: string | null | undefined): string | null => (value === undefined || value === null || value === '' ? null : value);
  const text = given(filter?.text);
  return {
    speakerId: given(filter?.speakerId),
    aboutId: given(filter?.aboutId),
    kind: filter?.kind ?? null,
    stance: filter?.stance ?? null,
    articleId: given(filter?.articleId),
    text: text === null ? null : luceneQuery(text, 'filter.text'),
  };
}

function remember(ctx: GraphQLContext, statements: StatementRecord[]): void {
  ctx.loaders.primeEntities(statements.flatMap((s) => [s.speaker, s.audience, ...s.about]));
}

/** statements(filter, first, after). */
export async function listStatements(
  ctx: GraphQLContext,
  args: { filter?: StatementFilter | null; first?: number | null; after?: string | null },
  withTotal: boolean,
): Promise<Page<StatementRecord>> {
  const criteria = statementCriteria(args.filter);
  const page = pageRequest(args, 'statement', 1);
  const [row] = await ctx.gateway.read<{ rows: RawMap[]; totalCount: number | null }>(statementsPageQuery(criteria, page, withTotal));
  const statements = (row?.rows ?? []).map(toStatement);
  remember(ctx, statements);
  return toPage(statements, page, 'statement', (s) => [s.id], (s) => s, row?.totalCount ?? null);
}

/** Statements an entity said, is the topic of, or heard (batched over the level). */
export async function statementsOf(
  ctx: GraphQLContext,
  entityId: string,
  role: StatementRole,
  args: { stance?: Stance | null; first?: number | null; after?: string | null },
  withTotal = true,
): Promise<Page<StatementRecord>> {
  const page = pageRequest(args, 'statement', 1);
  const options = { role, stance: args.stance ?? null, page, withTotal };
  const loader = ctx.loaders.forField(`Entity.statements.${role}`, options, async (gateway: DatabaseGateway, ids) => {
    const rows = await gateway.read<{ entityId: string; rows: RawMap[]; totalCount: number | null }>(statementsOfEntitiesBatchQuery(ids, options));
    return byParentId(ids, rows, 'entityId', (r) => ({ statements: r.rows.map(toStatement), totalCount: r.totalCount }), {
      statements: [] as StatementRecord[],
      totalCount: withTotal ? 0 : null,
    });
  });
  const { statements, totalCount } = await loader.load(entityId);
  remember(ctx, statements);
  return toPage(statements, page, 'statement', (s) => [s.id], (s) => s, totalCount);
}

/** The article that reports a statement. */
export async function articleOf(ctx: GraphQLContext, statement: StatementRecord): Promise<ArticleRecord | null> {
  return ctx.loaders.article.load(statement.articleId);
}
