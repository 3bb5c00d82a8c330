import { getArgumentValues, getNamedType, isInterfaceType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.type';
import { Direction, EntityKind, RelationshipType, Stance, type GraphRelationshipType } from '../common/enums';
import { LIMITS } from '../common/limits';
import type { EntityRecord, StatementRecord } from '../common/records';
import type { StatementParts } from '../common/projections';
import { nodeSelectsField, selectedFieldNodes, selectedStatementParts, selectsField, selectsPath } from '../common/selection';
import type { GraphQLContext } from '../context';
import { connectionComplexity, nestedListComplexity } from '../plugins/complexity';
import type { StatementRole } from '../statement/statement.cypher';
import { findEntityWithStatements, statementsOf } from '../statement/statement.service';
import { StatementConnection } from '../statement/statement.type';
import {
  affiliationsOf,
  findEntity,
  holdersOf,
  listEntities,
  membersOf,
  mentionsOf,
  participantsOf,
  placeOf,
  relationshipsOf,
  roleHoldersOf,
  rolesOf,
} from './entity.service';
import { Entity, EntityConnection, Event, Group, Organisation, Person, Place, Programme, Role } from './entity.type';
import {
  Affiliation,
  AffiliationConnection,
  Mention,
  MentionConnection,
  Participation,
  Relationship,
  RelationshipConnection,
  RoleAssignment,
} from './relationship.type';

const STATEMENT_LISTS = { statementsMade: 'speaker', statementsAbout: 'about', statementsHeard: 'audience' } as const;

/**
 * The one statement list (statementsMade, statementsAbout or statementsHeard, under one set of
 * arguments) that entity(id) selects, with its arguments and whether it selects totalCount; null
 * when it selects none, or more than one (those are left to the nested resolvers' loaders).
 */
function foldedStatementList(
  info: GraphQLResolveInfo,
): { role: StatementRole; args: { stance?: Stance | null; first?: number | null; after?: string | null }; withTotal: boolean; parts: StatementParts } | null {
  const entityType = getNamedType(info.returnType);
  if (!isInterfaceType(entityType) && !isObjectType(entityType)) return null;
  const found = (Object.keys(STATEMENT_LISTS) as (keyof typeof STATEMENT_LISTS)[]).flatMap((name) =>
    selectedFieldNodes(info, name).map((node) => ({ name, node })),
  );
  const [first] = found;
  if (!first || found.length !== 1) return null;
  const definition = entityType.getFields()[first.name];
  if (!definition) return null;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(definition, first.node, info.variableValues);
  } catch {
    return null;
  }
  return {
    role: STATEMENT_LISTS[first.name],
    args: args as { stance?: Stance | null; first?: number | null; after?: string | null },
    withTotal: nodeSelectsField(first.node, 'totalCount', info),
    parts: selectedStatementParts(info, first.node),
  };
}

const PAGE = `first: 1..${LIMITS.maxPageSize} (default ${LIMITS.defaultPageSize})`;
const NESTED = `at most ${LIMITS.maxNestedList}`;

/** Fields every entity kind has (declared on the Entity interface, inherited by each kind). */
@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'An entity by id; null when there is none' })
  async entity(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<EntityRecord | null> {
    const folded = foldedStatementList(info);
    if (folded) return findEntityWithStatements(ctx, id, folded.role, folded.args, folded.withTotal, folded.parts);
    return findEntity(ctx, id);
  }

  @Query(() => EntityConnection, {
    description:
      `Entities. name: matches the name or any alias, case-insensitively, by whole word or word prefix ("haydon", "hayd", "commander haydon"; every word must match), most relevant first; ` +
      `exactName: the name exactly, ignoring case, accents and punctuation ("dean haydon", "Dean Haydon"), in id order; not with name. ` +
      `Without either, in id order. ${PAGE}.`,
    complexity: connectionComplexity,
  })
  async entities(
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('kind', () => EntityKind, { nullable: true }) kind: EntityKind | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('exactName', () => String, { nullable: true }) exactName: string | null,
  ): Promise<Page<EntityRecord>> {
    return listEntities(ctx, { name, exactName, kind, first, after }, selectsField(info, 'totalCount'), selectsPath(info, ['edges', 'node', 'affiliations']));
  }

  @FieldResolver(() => MentionConnection, { description: `Where articles name it, one edge per article. ${PAGE}.`, complexity: connectionComplexity })
  async mentions(
    @Root() entity: EntityRecord,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<Mention>> {
    return mentionsOf(ctx, entity.id, { first, after });
  }

  @FieldResolver(() => StatementConnection, { description: `Statements it made (SAID). ${PAGE}.`, complexity: connectionComplexity })
  async statementsMade(
    @Root() entity: EntityRecord,
    @Arg('stance', () => Stance, { nullable: true }) stance: Stance | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<StatementRecord>> {
    return statementsOf(ctx, entity.id, 'speaker', { stance, first, after }, selectsField(info, 'totalCount'), selectedStatementParts(info));
  }

  @FieldResolver(() => StatementConnection, { description: `Statements about it (ABOUT). ${PAGE}.`, complexity: connectionComplexity })
  async statementsAbout(
    @Root() entity: EntityRecord,
    @Arg('stance', () => Stance, { nullable: true }) stance: Stance | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<StatementRecord>> {
    return statementsOf(ctx, entity.id, 'about', { stance, first, after }, selectsField(info, 'totalCount'), selectedStatementParts(info));
  }

  @FieldResolver(() => StatementConnection, { description: `Statements said to it (SAID_TO: it was the audience). ${PAGE}.`, complexity: connectionComplexity })
  async statementsHeard(
    @Root() entity: EntityRecord,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<StatementRecord>> {
    return statementsOf(ctx, entity.id, 'audience', { first, after }, selectsField(info, 'totalCount'), selectedStatementParts(info));
  }

  @FieldResolver(() => RelationshipConnection, {
    description: `Its relationships with other entities, either way (direction), of the given types (default: all entity-to-entity types), in id order. ${PAGE}.`,
    complexity: connectionComplexity,
  })
  async relationships(
    @Root() entity: EntityRecord,
    @Arg('types', () => [RelationshipType], { nullable: true }) types: GraphRelationshipType[] | null,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.BOTH }) direction: Direction,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<Relationship>> {
    return relationshipsOf(ctx, entity.id, { types, direction, first, after });
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [RoleAssignment], {
    description: `Roles held (HAS_ROLE), with title, qualifier and organisation; ${NESTED}`,
    complexity: nestedListComplexity,
  })
  async roles(@Root() person: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<RoleAssignment[]> {
    return rolesOf(ctx, person.id);
  }

  @FieldResolver(() => [Affiliation], { description: `Organisations affiliated with or a member of; ${NESTED}`, complexity: nestedListComplexity })
  async affiliations(@Root() person: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<Affiliation[]> {
    return affiliationsOf(ctx, person.id);
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => AffiliationConnection, {
    description: `People, groups and organisations affiliated with it or members of it. ${PAGE}.`,
    complexity: connectionComplexity,
  })
  async members(
    @Root() organisation: EntityRecord,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<Affiliation>> {
    return membersOf(ctx, organisation.id, { first, after });
  }

  @FieldResolver(() => [Affiliation], { description: `Organisations it is affiliated with or a member of; ${NESTED}`, complexity: nestedListComplexity })
  async affiliations(@Root() organisation: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<Affiliation[]> {
    return affiliationsOf(ctx, organisation.id);
  }

  @FieldResolver(() => [RoleAssignment], {
    description: `People holding a role in it ("Home Secretary" in the government); ${NESTED}`,
    complexity: nestedListComplexity,
  })
  async roleHolders(@Root() organisation: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<RoleAssignment[]> {
    return roleHoldersOf(ctx, organisation.id);
  }
}

@Resolver(() => Group)
export class GroupResolver {
  @FieldResolver(() => [Affiliation], {
    description: `Organisations the group is affiliated with ("government figures"); ${NESTED}`,
    complexity: nestedListComplexity,
  })
  async affiliations(@Root() group: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<Affiliation[]> {
    return affiliationsOf(ctx, group.id);
  }
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @FieldResolver(() => [Affiliation], {
    description: `Organisations the programme belongs to (e.g. the government); ${NESTED}`,
    complexity: nestedListComplexity,
  })
  async affiliations(@Root() programme: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<Affiliation[]> {
    return affiliationsOf(ctx, programme.id);
  }
}

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => Place, { nullable: true, description: 'Where it happened (OCCURRED_IN)' })
  async place(@Root() event: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<EntityRecord | null> {
    return placeOf(ctx, event.id);
  }

  @FieldResolver(() => [Participation], { description: `Who took part (PARTICIPATED_IN), with their role; ${NESTED}`, complexity: nestedListComplexity })
  async participants(@Root() event: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<Participation[]> {
    return participantsOf(ctx, event.id);
  }
}

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => [RoleAssignment], { description: `Who holds the role (HAS_ROLE); ${NESTED}`, complexity: nestedListComplexity })
  async holders(@Root() role: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<RoleAssignment[]> {
    return holdersOf(ctx, role.id);
  }
}

/** Every resolver class of the entity feature. */
export const ENTITY_RESOLVERS = [EntityResolver, PersonResolver, OrganisationResolver, GroupResolver, ProgrammeResolver, EventResolver, RoleResolver] as const;
