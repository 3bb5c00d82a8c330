import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { FEDERATION_KEY } from '../common/federation-key';
import { connectionTypes } from '../common/connection.type';
import { Provenance, Stance, StatementKind } from '../common/enums';
import { DateValue, Evidence } from '../common/evidence.type';
import type { EntityRecord, StatementRecord } from '../common/records';
import { Entity } from '../entity/entity.type';
import { nestedListComplexity } from '../plugins/complexity';

@Directive(FEDERATION_KEY)
@ObjectType('Statement', { simpleResolvers: true, description: 'Something an entity said, as one article reports it' })
export class Statement {
  @Field(() => ID, { description: '<articleId>/<local id>' })
  id!: string;

  @Field(() => String, { description: 'What was said: the quote, or the reported content' })
  text!: string;

  @Field(() => StatementKind)
  kind!: StatementKind;

  @Field(() => Stance, { description: 'Towards what the statement is about' })
  stance!: Stance;

  @Field(() => Number, { nullable: true, description: 'How sure the stance is (0..1), when extraction gives it' })
  stanceConfidence!: number | null;

  @Field(() => String, { nullable: true, description: '"said", "added", "admitted"...' })
  reportingVerb!: string | null;

  @Field(() => Entity, { nullable: true, description: 'Who said it' })
  speaker!: EntityRecord | null;

  @Field(() => Evidence, { nullable: true, description: 'The words naming the speaker ("Haydon said"), when the article has them' })
  speakerEvidence!: Evidence | null;

  @Field(() => [Entity], { description: 'What it is about', complexity: nestedListComplexity })
  about!: EntityRecord[];

  @Field(() => Entity, { nullable: true, description: 'Who it was said to ("told the BBC\'s Asian Network")' })
  audience!: EntityRecord | null;

  @Field(() => ID)
  articleId!: string;

  @Field(() => Evidence, { description: 'Where the article reports it' })
  evidence!: Evidence;

  @Field(() => Provenance)
  provenance!: Provenance;

  @Field(() => Number, { nullable: true, description: 'Extraction confidence (0..1), when given' })
  confidence!: number | null;

  @Field(() => DateValue, { nullable: true, description: 'When it was said, when the article dates it ("In May")' })
  date!: DateValue | null;
}

/** The Relay connection of statements. */
export const { Connection: StatementConnection, Edge: StatementEdge } = connectionTypes<StatementRecord>(() => Statement, 'Statement');
