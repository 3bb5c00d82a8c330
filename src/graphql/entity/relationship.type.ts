import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/connection.type';
import { Direction, Provenance, RelationshipType } from '../common/enums';
import { Evidence } from '../common/evidence.type';
import type { EntityRecord, RelationshipRecord } from '../common/records';
import { Entity, Event, Organisation, Role } from './entity.type';

@ObjectType('Relationship', { simpleResolvers: true, description: 'A relationship between two entities that an article states, seen from one of them' })
export class Relationship {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationshipType)
  type!: RelationshipType;

  @Field(() => Direction, { description: 'OUTGOING when the entity asked from is the source' })
  direction!: Direction;

  @Field(() => Entity)
  source!: EntityRecord;

  @Field(() => Entity)
  target!: EntityRecord;

  @Field(() => Entity, { description: 'The end that is not the entity asked from' })
  other!: EntityRecord;

  @Field(() => String, { nullable: true, description: 'The role the article gives ("police officer", "widened its remit")' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: '"former", "senior"...' })
  qualifier!: string | null;

  @Field(() => Organisation, { nullable: true, description: 'HAS_ROLE: where the role is held' })
  organisation!: EntityRecord | null;

  @Field(() => Evidence, { nullable: true })
  evidence!: RelationshipRecord['evidence'];

  @Field(() => Provenance, { nullable: true })
  provenance!: RelationshipRecord['provenance'];

  @Field(() => Number, { nullable: true })
  confidence!: number | null;
}

/** The Relay connection of relationships. */
export const { Connection: RelationshipConnection, Edge: RelationshipEdge } = connectionTypes<Relationship>(() => Relationship, 'Relationship');

@ObjectType('RoleAssignment', { simpleResolvers: true, description: 'A person holding a role (HAS_ROLE)' })
export class RoleAssignment {
  @Field(() => Entity, { description: 'Who holds the role' })
  holder!: EntityRecord;

  @Field(() => Role)
  role!: EntityRecord;

  @Field(() => String, { nullable: true, description: 'The title as the article gives it ("Commander", "police officer")' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: '"former", "senior"...' })
  qualifier!: string | null;

  @Field(() => Organisation, { nullable: true, description: 'Where the role is held' })
  organisation!: EntityRecord | null;

  @Field(() => Evidence, { nullable: true })
  evidence!: RelationshipRecord['evidence'];

  @Field(() => Provenance, { nullable: true })
  provenance!: RelationshipRecord['provenance'];
}

@ObjectType('Affiliation', { simpleResolvers: true, description: 'Membership of, or affiliation with, an organisation (AFFILIATED_WITH, MEMBER_OF)' })
export class Affiliation {
  @Field(() => RelationshipType, { description: 'AFFILIATED_WITH or MEMBER_OF' })
  type!: RelationshipType;

  @Field(() => Entity, { description: 'The person, group or organisation that belongs' })
  member!: EntityRecord;

  @Field(() => Entity, { description: 'What it belongs to (usually an organisation)' })
  organisation!: EntityRecord;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => String, { nullable: true })
  qualifier!: string | null;

  @Field(() => Evidence, { nullable: true })
  evidence!: RelationshipRecord['evidence'];

  @Field(() => Provenance, { nullable: true })
  provenance!: RelationshipRecord['provenance'];
}

/** The Relay connection of affiliations (an organisation's members). */
export const { Connection: AffiliationConnection, Edge: AffiliationEdge } = connectionTypes<Affiliation>(() => Affiliation, 'Affiliation');

@ObjectType('Participation', { simpleResolvers: true, description: 'An entity taking part in an event (PARTICIPATED_IN)' })
export class Participation {
  @Field(() => Entity)
  participant!: EntityRecord;

  @Field(() => Event)
  event!: EntityRecord;

  @Field(() => String, { nullable: true, description: '"interviewee", "set up by"...' })
  role!: string | null;

  @Field(() => Evidence, { nullable: true })
  evidence!: RelationshipRecord['evidence'];
}

@ObjectType('Mention', { simpleResolvers: true, description: 'How one article names an entity, with every place it does' })
export class Mention {
  @Field(() => ID)
  articleId!: string;

  @Field(() => String, { description: 'The name this article uses' })
  name!: string;

  @Field(() => [String], { description: 'Other names this article uses' })
  aliases!: string[];

  @Field(() => Int, { description: 'How many times the article names it' })
  count!: number;

  @Field(() => [Evidence], { description: 'Each mention: offsets and the words there' })
  evidence!: Evidence[];

  @Field(() => Provenance, { nullable: true })
  provenance!: Provenance | null;
}

/** The Relay connection of mentions. */
export const { Connection: MentionConnection, Edge: MentionEdge } = connectionTypes<Mention>(() => Mention, 'Mention');
