import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateCertainty, DatePrecision } from './enums';

@ObjectType({ simpleResolvers: true, description: 'Where an article states a fact: UTF-16 offsets into Article.text (end exclusive) and the words there' })
export class Evidence {
  @Field(() => ID)
  articleId!: string;

  @Field(() => Int, { description: 'First character (inclusive)' })
  start!: number;

  @Field(() => Int, { description: 'End (exclusive): text.slice(start, end) is the excerpt' })
  end!: number;

  @Field(() => String)
  excerpt!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A date as precise as the article gives it' })
export class DateValue {
  @Field(() => String, { description: 'ISO 8601 prefix: 2017, 2017-05, 2017-08-08 or 2017-08-08T10:00' })
  value!: string;

  @Field(() => DatePrecision)
  precision!: DatePrecision;

  @Field(() => DateCertainty)
  certainty!: DateCertainty;

  @Field(() => String, { nullable: true, description: 'The words that give the date ("in 2003", "on Tuesday 8 August at 10am")' })
  text!: string | null;
}
