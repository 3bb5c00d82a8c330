import { Field, ObjectType } from 'type-graphql';
import { TimelineEntryKind } from '../common/enums';
import { DateValue } from '../common/evidence.type';
import type { EntityRecord, StatementRecord } from '../common/records';
import { Entity, Event } from '../entity/entity.type';
import { Statement } from '../statement/statement.type';

@ObjectType('TimelineEntry', { simpleResolvers: true, description: 'A dated event or statement' })
export class TimelineEntry {
  @Field(() => DateValue, { description: 'When, with its precision: entries sort by value, so "2017" comes before "2017-05"' })
  date!: DateValue;

  @Field(() => TimelineEntryKind)
  kind!: TimelineEntryKind;

  @Field(() => String, { description: "The event's name, or the statement's speaker and text" })
  title!: string;

  @Field(() => Event, { nullable: true })
  event!: EntityRecord | null;

  @Field(() => Statement, { nullable: true })
  statement!: StatementRecord | null;
}

@ObjectType('Timeline', { simpleResolvers: true, description: 'What happened around an entity, in date order' })
export class Timeline {
  @Field(() => Entity)
  entity!: EntityRecord;

  @Field(() => [TimelineEntry])
  entries!: TimelineEntry[];

  @Field(() => Boolean, { description: 'True when more entries matched than the limit returns' })
  truncated!: boolean;
}
