import type { DatabaseGateway } from '../../db/gateway';
import { RELATION_TYPES, type RelationType } from '../../document/article-graph';
import { BadInputError } from '../../errors';
import type { Page } from '../common/connection.type';
import { Direction, type EntityKind, type GraphRelationshipType, type Provenance } from '../common/enums';
import { LIMITS } from '../common/limits';
import { normaliseName } from '../../loading/normalise';
import { luceneQuery } from '../common/lucene';
import { pageRequest, toPage, type PageRequest } from '../common/pagination';
import { evidenceOf, toEntity, type EntityRecord, type RawMap, type RelationshipRecord } from '../common/records';
import type { GraphQLContext } from '../context';
import { byParentId } from '../loaders';
import { entitiesPageQuery, mentionsBatchQuery, relationshipsBatchQuery, roleHoldersBatchQuery } from './entity.cypher';
import type { Affiliation, Mention, Participation, Relationship, RoleAssignment } from './relationship.type';

/** A page of a nested list, per parent, as batch queries return it (totalCount null when not counted). */
interface NestedPage<TRow> {
  rows: TRow[];
  totalCount: number | null;
}

const AFFILIATION_TYPES: RelationType[] = ['AFFILIATED_WITH', 'MEMBER_OF'];

/** An entity by id, or null when there is none (batched with every other lookup of the level). */
export async function findEntity(ctx: GraphQLContext, id: string): Promise<EntityRecord | null> {
  return ctx.loaders.entity.load(id);
}

/**
 * entities(name | exactName, kind, first, after): by name or alias through the full-text index,
 * by exact (normalised) name through the nameKey index, or all of a kind. With `withAffiliations`
 * (the client selects the entities' affiliations) the same statement fetches them too, and the
 * affiliations resolver finds them in its loader: one round trip instead of two.
 */
export async function listEntities(
  ctx: GraphQLContext,
  args: { name?: string | null; exactName?: string | null; kind?: EntityKind | null; first?: number | null; after?: string | null },
  withTotal: boolean,
  withAffiliations = false,
): Promise<Page<EntityRecord>> {
  const given = (value: string | null | undefined): value is string => value !== undefined && value !== null;
  if (given(args.name) && given(args.exactName)) throw new BadInputError('give name or exactName, not both', 'exactName');
  const search = given(args.name) ? luceneQuery(args.name, 'name') : null;
  const nameKey = given(args.exactName) ? exactNameKey(args.exactName) : null;
  // An exact-name page is in id order like the plain listing, so it uses the same cursors.
  const list = search === null ? 'entity' : 'entity-search';
  const page = pageRequest(args, list, search === null ? 1 : 2);
  const affiliations = nestedListOf(AFFILIATION_TYPES, Direction.OUTGOING);
  const [row] = await ctx.gateway.read<{ rows: { entity: RawMap; key: (string | number)[]; nested?: RawMap[] }[]; totalCount: number | null }>(
    entitiesPageQuery({
      search,
      nameKey,
      kind: args.kind ?? null,
      page,
      withTotal,
      nested: withAffiliations ? { types: affiliations.types, direction: affiliations.direction, limit: affiliations.page.limit } : undefined,
    }),
  );
  const entities = row?.rows ?? [];
  const result = toPage(
    entities,
    page,
    list,
    (r) => r.key,
    (r) => toEntity(r.entity),
    row?.totalCount ?? null,
  );
  ctx.loaders.primeEntities(result.edges.map((edge) => edge.node));
  if (withAffiliations) {
    for (const [index, edge] of result.edges.entries()) {
      const self = edge.node;
      const rows = (entities[index]?.nested ?? []).map((raw) => toRelationship(self, raw));
      ctx.loaders.primeEntities(rows.flatMap((r) => [r.source, r.target, r.organisation]));
      ctx.loaders.prefetch<NestedPage<RelationshipRecord>>('affiliations', affiliations, self.id, { rows, totalCount: null });
    }
  }
  return result;
}

/** The nameKey an exactName matches (normaliseName, as the loader stores it); BAD_USER_INPUT when nothing is left of it. */
function exactNameKey(exactName: string): string {
  if (exactName.length > LIMITS.maxSearchQueryLength) {
    throw new BadInputError(`must be at most ${LIMITS.maxSearchQueryLength} characters (got ${exactName.length})`, 'exactName');
  }
  const key = normaliseName(exactName);
  if (key === '') throw new BadInputError('must contain at least one letter or digit', 'exactName');
  return key;
}

/** Mentions of an entity, one per article (batched over the level). */
export async function mentionsOf(ctx: GraphQLContext, entityId: string, args: { first?: number | null; after?: string | null }): Promise<Page<Mention>> {
  const page = pageRequest(args, 'mention', 1);
  const loader = ctx.loaders.forField('Entity.mentions', page, async (gateway: DatabaseGateway, ids) => {
    const rows = await gateway.read<{ entityId: string; rows: RawMap[]; totalCount: number }>(mentionsBatchQuery(ids, page));
    const empty: NestedPage<RawMap> = { rows: [], totalCount: 0 };
    return byParentId(ids, rows, 'entityId', (r) => ({ rows: r.rows, totalCount: r.totalCount }), empty);
  });
  const { rows, totalCount } = await loader.load(entityId);
  return toPage(rows, page, 'mention', (r) => [String(r.articleId)], toMention, totalCount);
}

function toMention(raw: RawMap): Mention {
  const articleId = String(raw.articleId);
  const starts = (raw.starts as number[] | null) ?? [];
  const ends = (raw.ends as number[] | null) ?? [];
  const excerpts = (raw.excerpts as string[] | null) ?? [];
  return {
    articleId,
    name: String(raw.name),
    aliases: (raw.aliases as string[] | null) ?? [],
    count: starts.length,
    evidence: starts.map((start, i) => ({ articleId, start, end: ends[i] ?? start, excerpt: excerpts[i] ?? '' })),
    provenance: (raw.provenance as Provenance | null) ?? null,
  };
}

function toRelationship(self: EntityRecord, raw: RawMap): RelationshipRecord {
  const rel = (raw.rel as RawMap | null) ?? {};
  const other = toEntity(raw.other as RawMap);
  const outgoing = raw.outgoing === true;
  return {
    id: String(rel.id ?? `${String(raw.type)}:${self.id}:${other.id}`),
    type: raw.type as RelationshipRecord['type'],
    outgoing,
    source: outgoing ? self : other,
    target: outgoing ? other : self,
    role: typeof rel.role === 'string' ? rel.role : null,
    qualifier: typeof rel.qualifier === 'string' ? rel.qualifier : null,
    organisation: raw.organisation ? toEntity(raw.organisation as RawMap) : null,
    evidence: evidenceOf(rel, typeof rel.articleId === 'string' ? rel.articleId : null),
    provenance: (rel.provenance as Provenance | undefined) ?? null,
    confidence: typeof rel.confidence === 'number' ? rel.confidence : null,
  };
}

/**
 * Relationships of the given types from one entity, through a loader shared by every entity on
 * the level that asks the same question (one round trip for all of them).
 */
async function relationshipsPage(
  ctx: GraphQLContext,
  field: string,
  entityId: string,
  options: { types: readonly RelationType[]; direction: Direction; page: PageRequest; withTotal?: boolean },
): Promise<NestedPage<RelationshipRecord>> {
  const loader = ctx.loaders.forField(field, options, async (gateway: DatabaseGateway, ids) => {
    const rows = await gateway.read<{ entityId: string; self: RawMap; rows: RawMap[]; totalCount: number | null }>(relationshipsBatchQuery(ids, options));
    const pages = byParentId(
      ids,
      rows,
      'entityId',
      (row): NestedPage<RelationshipRecord> => {
        const self = toEntity(row.self);
        return { rows: row.rows.map((raw) => toRelationship(self, raw)), totalCount: row.totalCount };
      },
      { rows: [], totalCount: 0 },
    );
    // The entities at the other ends are complete records: later lookups of them cost nothing.
    ctx.loaders.primeEntities(pages.flatMap((p) => p.rows.flatMap((r) => [r.source, r.target, r.organisation])));
    return pages;
  });
  return loader.load(entityId);
}

/** The first `maxNestedList` relationships, for the unpaginated lists (roles, affiliations...). */
function nestedList(): PageRequest {
  return { first: LIMITS.maxNestedList, limit: LIMITS.maxNestedList, after: null };
}

/** Options of an unpaginated list: its relationships, the first `maxNestedList` of them, not counted. */
function nestedListOf(
  types: readonly RelationType[],
  direction: Direction,
): { types: readonly RelationType[]; direction: Direction; page: PageRequest; withTotal: false } {
  return { types, direction, page: nestedList(), withTotal: false };
}

/** Entity.relationships(types, direction, first, after). */
export async function relationshipsOf(
  ctx: GraphQLContext,
  entityId: string,
  args: { types?: GraphRelationshipType[] | null; direction?: Direction | null; first?: number | null; after?: string | null },
): Promise<Page<Relationship>> {
  const page = pageRequest(args, 'relationship', 1);
  // Sorted so that the same set in another order shares the loader (and its batch).
  const requested = [...new Set(args.types ?? [])].sort();
  const entityTypes = requested.filter((type): type is RelationType => (RELATION_TYPES as readonly string[]).includes(type));
  const statementTypes = requested.filter((type) => !(RELATION_TYPES as readonly string[]).includes(type));
  if (statementTypes.length > 0) {
    throw new BadInputError(`${statementTypes.join(', ')} join statements, not entities; use statementsMade, statementsAbout or statementsHeard`, 'types');
  }
  const types = entityTypes.length > 0 ? entityTypes : [...RELATION_TYPES];
  const direction = args.direction ?? Direction.BOTH;
  const { rows, totalCount } = await relationshipsPage(ctx, 'Entity.relationships', entityId, { types, direction, page });
  return toPage(rows, page, 'relationship', (r) => [r.id], toRelationshipView, totalCount);
}

/** Person.roles: HAS_ROLE with the title, qualifier and organisation. */
export async function rolesOf(ctx: GraphQLContext, personId: string): Promise<RoleAssignment[]> {
  const { rows } = await relationshipsPage(ctx, 'roles', personId, nestedListOf(['HAS_ROLE'], Direction.OUTGOING));
  return rows.map(toRoleAssignment);
}

/** Role.holders: who holds the role. */
export async function holdersOf(ctx: GraphQLContext, roleId: string): Promise<RoleAssignment[]> {
  const { rows } = await relationshipsPage(ctx, 'holders', roleId, nestedListOf(['HAS_ROLE'], Direction.INCOMING));
  return rows.map(toRoleAssignment);
}

function toRelationshipView(r: RelationshipRecord): Relationship {
  return {
    id: r.id,
    type: r.type,
    direction: r.outgoing ? Direction.OUTGOING : Direction.INCOMING,
    source: r.source,
    target: r.target,
    other: r.outgoing ? r.target : r.source,
    role: r.role,
    qualifier: r.qualifier,
    organisation: r.organisation,
    evidence: r.evidence,
    provenance: r.provenance,
    confidence: r.confidence,
  };
}

function toRoleAssignment(r: RelationshipRecord): RoleAssignment {
  return {
    holder: r.source,
    role: r.target,
    title: r.role,
    qualifier: r.qualifier,
    organisation: r.organisation,
    evidence: r.evidence,
    provenance: r.provenance,
  };
}

function toAffiliation(r: RelationshipRecord): Affiliation {
  return {
    type: r.type,
    member: r.source,
    organisation: r.target,
    role: r.role,
    qualifier: r.qualifier,
    evidence: r.evidence,
    provenance: r.provenance,
  };
}

/** affiliations: what the entity is AFFILIATED_WITH or a MEMBER_OF. */
export async function affiliationsOf(ctx: GraphQLContext, entityId: string): Promise<Affiliation[]> {
  const { rows } = await relationshipsPage(ctx, 'affiliations', entityId, nestedListOf(AFFILIATION_TYPES, Direction.OUTGOING));
  return rows.map(toAffiliation);
}

/** Organisation.members: who is AFFILIATED_WITH or a MEMBER_OF it (paginated: an organisation can have many). */
export async function membersOf(
  ctx: GraphQLContext,
  organisationId: string,
  args: { first?: number | null; after?: string | null },
): Promise<Page<Affiliation>> {
  const page = pageRequest(args, 'member', 1);
  const { rows, totalCount } = await relationshipsPage(ctx, 'members', organisationId, { types: AFFILIATION_TYPES, direction: Direction.INCOMING, page });
  return toPage(rows, page, 'member', (r) => [r.id], toAffiliation, totalCount);
}

/** Event.participants: PARTICIPATED_IN, with the role. */
export async function participantsOf(ctx: GraphQLContext, eventId: string): Promise<Participation[]> {
  const { rows } = await relationshipsPage(ctx, 'participants', eventId, nestedListOf(['PARTICIPATED_IN'], Direction.INCOMING));
  return rows.map((r) => ({ participant: r.source, event: r.target, role: r.role, evidence: r.evidence }));
}

/** Event.place: where it occurred (OCCURRED_IN), if the article says. */
export async function placeOf(ctx: GraphQLContext, eventId: string): Promise<EntityRecord | null> {
  const { rows } = await relationshipsPage(ctx, 'place', eventId, nestedListOf(['OCCURRED_IN'], Direction.OUTGOING));
  return rows[0]?.target ?? null;
}

/** Organisation.roleHolders: who holds a role in it ("Home Secretary" in the UK government). */
export async function roleHoldersOf(ctx: GraphQLContext, organisationId: string): Promise<RoleAssignment[]> {
  const loader = ctx.loaders.forField('roleHolders', null, async (gateway: DatabaseGateway, ids) => {
    const rows = await gateway.read<{ organisationId: string; organisation: RawMap; rows: { rel: RawMap; holder: RawMap; role: RawMap }[] }>(
      roleHoldersBatchQuery(ids, LIMITS.maxNestedList),
    );
    return byParentId(
      ids,
      rows,
      'organisationId',
      (row): RoleAssignment[] => {
        const organisation = toEntity(row.organisation);
        return row.rows.map(({ rel, holder, role }) => ({
          holder: toEntity(holder),
          role: toEntity(role),
          title: typeof rel.role === 'string' ? rel.role : null,
          qualifier: typeof rel.qualifier === 'string' ? rel.qualifier : null,
          organisation,
          evidence: evidenceOf(rel, typeof rel.articleId === 'string' ? rel.articleId : null),
          provenance: (rel.provenance as Provenance | undefined) ?? null,
        }));
      },
      [],
    );
  });
  const assignments = await loader.load(organisationId);
  ctx.loaders.primeEntities(assignments.map((a) => a.holder));
  return assignments;
}
