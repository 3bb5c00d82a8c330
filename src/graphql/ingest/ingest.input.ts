import { Field, InputType } from 'type-graphql';

@InputType('IngestArticleInput', { description: 'A news article as text, to be extracted into the graph' })
export class IngestArticleInput {
  @Field(() => String, { description: 'The article text (plain text; paragraphs on separate lines)' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Headline; guessed from the text when absent' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; relative dates in the text are resolved against it (today when absent)' })
  publishedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Outlet or feed the article came from' })
  source?: string | null;
}
