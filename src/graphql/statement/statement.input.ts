import { Field, ID, InputType } from 'type-graphql';
import { Stance, StatementKind } from '../common/enums';

@InputType('StatementFilter', { description: 'Every filter given must hold (AND)' })
export class StatementFilter {
  @Field(() => ID, { nullable: true, description: 'Said by this entity' })
  speakerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'About this entity' })
  aboutId?: string | null;

  @Field(() => StatementKind, { nullable: true })
  kind?: StatementKind | null;

  @Field(() => Stance, { nullable: true })
  stance?: Stance | null;

  @Field(() => ID, { nullable: true, description: 'Reported in this article' })
  articleId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words the statement contains (full-text; every word must match, prefixes too)' })
  text?: string | null;
}
