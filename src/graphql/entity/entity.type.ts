import { Directive, Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { FEDERATION_KEY } from '../common/federation-key';
import { connectionTypes } from '../common/connection.type';
import { EntityKind } from '../common/enums';
import { DateValue } from '../common/evidence.type';
import type { EntityRecord } from '../common/records';

@InterfaceType('Entity', {
  description: 'Something an article names: a person, organisation, place, event, programme, group or role',
  resolveType: (entity: EntityRecord) => entity.kind,
})
export class Entity {
  @Field(() => ID, { description: 'Stable across articles (person:dean-haydon); article-scoped speakers end in @<articleId>' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Every other name any article uses for it' })
  aliases!: string[];

  @Field(() => EntityKind)
  kind!: EntityKind;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { description: 'Articles that mention it' })
  articleCount!: number;

  @Field(() => Boolean, { description: 'True for unnamed or collective speakers ("critics") kept apart per article' })
  articleScoped!: boolean;
}

@Directive(FEDERATION_KEY)
@ObjectType('Person', { simpleResolvers: true, implements: Entity })
export class Person extends Entity {}

@Directive(FEDERATION_KEY)
@ObjectType('Organisation', { simpleResolvers: true, implements: Entity })
export class Organisation extends Entity {}

@Directive(FEDERATION_KEY)
@ObjectType('Place', { simpleResolvers: true, implements: Entity })
export class Place extends Entity {}

@Directive(FEDERATION_KEY)
@ObjectType('Programme', { simpleResolvers: true, implements: Entity, description: 'A policy, scheme or strategy (Prevent)' })
export class Programme extends Entity {}

@Directive(FEDERATION_KEY)
@ObjectType('Group', { simpleResolvers: true, implements: Entity, description: 'A collective or unnamed speaker ("critics", "police")' })
export class Group extends Entity {}

@Directive(FEDERATION_KEY)
@ObjectType('Role', { simpleResolvers: true, implements: Entity, description: 'A title or position ("Commander", "Home Secretary")' })
export class Role extends Entity {}

@Directive(FEDERATION_KEY)
@ObjectType('Event', { simpleResolvers: true, implements: Entity })
export class Event extends Entity {
  @Field(() => DateValue, { nullable: true, description: 'When it happened, as precisely as the article says' })
  date!: DateValue | null;
}

/** The Relay connection of entities. */
export const { Connection: EntityConnection, Edge: EntityEdge } = connectionTypes<EntityRecord>(() => Entity, 'Entity');
