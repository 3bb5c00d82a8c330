import type { DatabaseGateway } from '../../db/gateway';
import type { Page } from '../common/connection.type';
import type { Stance } from '../common/enums';
import { luceneQuery } from '../common/lucene';
import { ALL_STATEMENT_PARTS, type StatementParts } from '../common/projections';
import { pageRequest, toIdPage, type PageRequest } from '../common/pagination';
import { toEntity, toStatement, type ArticleRecord, type EntityRecord, type RawMap, type StatementRecord } from '../common/records';
import type { GraphQLContext } from '../context';
import { byParentId } from '../loaders';
import { entityWithStatementsQuery, statementsOfEntitiesBatchQuery, statementsPageQuery, type StatementCriteria, type StatementRole } from './statement.cypher';
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
  parts: StatementParts = ALL_STATEMENT_PARTS,
): Promise<Page<StatementRecord>> {
  const criteria = statementCriteria(args.filter);
  const page = pageRequest(args, 'statement', 1);
  const [row] = await ctx.gateway.read<{ rows: RawMap[]; totalCount: number | null }>(statementsPageQuery(criteria, page, withTotal, parts));
  const statements = (row?.rows ?? []).map(toStatement);
  remember(ctx, statements);
  return toIdPage(statements, page, 'statement', row?.totalCount ?? null);
}

/** The loader key (field and options) of an entity's statements in one role, from the field's arguments. */
function statementsOfOptions(
  role: StatementRole,
  args: { stance?: Stance | null; first?: number | null; after?: string | null },
  withTotal: boolean,
  parts: StatementParts,
): { field: string; options: { role: StatementRole; stance: Stance | null; page: PageRequest; withTotal: boolean; parts: StatementParts } } {
  return { field: `Entity.statements.${role}`, options: { role, stance: args.stance ?? null, page: pageRequest(args, 'statement', 1), withTotal, parts } };
}

/**
 * entity(id) when the client also selects one of its statement lists (statementsMade/About/
 * Heard with these arguments): the entity and the page in one statement. The entity goes to the
 * entity loader and the page to the list's loader, where the nested resolver finds it. When the
 * arguments are invalid nothing is folded: the nested field reports them, as it would alone.
 */
export async function findEntityWithStatements(
  ctx: GraphQLContext,
  id: string,
  role: StatementRole,
  args: { stance?: Stance | null; first?: number | null; after?: string | null },
  withTotal: boolean,
  parts: StatementParts = ALL_STATEMENT_PARTS,
): Promise<EntityRecord | null> {
  let key: ReturnType<typeof statementsOfOptions>;
  try {
    key = statementsOfOptions(role, args, withTotal, parts);
  } catch {
    return ctx.loaders.entity.load(id);
  }
  const [row] = await ctx.gateway.read<{ entity: RawMap; rows: RawMap[]; totalCount: number | null }>(entityWithStatementsQuery(id, key.options));
  if (!row) {
    ctx.loaders.entity.prime(id, null);
    return null;
  }
  const entity = toEntity(row.entity);
  ctx.loaders.primeEntities([entity]);
  ctx.loaders.prefetch(key.field, key.options, id, { statements: row.rows.map(toStatement), totalCount: row.totalCount });
  return entity;
}

/** Statements an entity said, is the topic of, or heard (batched over the level). */
export async function statementsOf(
  ctx: GraphQLContext,
  entityId: string,
  role: StatementRole,
  args: { stance?: Stance | null; first?: number | null; after?: string | null },
  withTotal = true,
  parts: StatementParts = ALL_STATEMENT_PARTS,
): Promise<Page<StatementRecord>> {
  const { field, options } = statementsOfOptions(role, args, withTotal, parts);
  const page = options.page;
  const loader = ctx.loaders.forField(field, options, async (gateway: DatabaseGateway, ids) => {
    const rows = await gateway.read<{ entityId: string; rows: RawMap[]; totalCount: number | null }>(statementsOfEntitiesBatchQuery(ids, options));
    return byParentId(ids, rows, 'entityId', (r) => ({ statements: r.rows.map(toStatement), totalCount: r.totalCount }), {
      statements: [] as StatementRecord[],
      totalCount: withTotal ? 0 : null,
    });
  });
  const { statements, totalCount } = await loader.load(entityId);
  remember(ctx, statements);
  return toIdPage(statements, page, 'statement', totalCount);
}

/** The article that reports a statement. */
export async function articleOf(ctx: GraphQLContext, statement: StatementRecord): Promise<ArticleRecord | null> {
  return ctx.loaders.article.load(statement.articleId);
}
