import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What ingesting an article's text did. */
export enum IngestStatus {
  CREATED = 'created',
  REPLACED = 'replaced',
  UNCHANGED = 'unchanged',
  KEPT_REVIEWED = 'kept-reviewed',
}

registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description:
    'CREATED or REPLACED: the extracted article was loaded; UNCHANGED: the same text was already ingested; KEPT_REVIEWED: a human-reviewed document of the article is loaded and was left as it is',
});

@ObjectType('IngestArticleResult', { simpleResolvers: true, description: 'What ingesting an article did' })
export class IngestArticleResult {
  @Field(() => ID, { description: 'The article id: a slug of the title and a hash of the text, so the same text always gets the same id' })
  id!: string;

  @Field(() => IngestStatus)
  status!: IngestStatus;

  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  relations!: number;

  @Field(() => Int)
  mentions!: number;

  @Field(() => Int, { description: 'Extracted entities that joined an entity already in the graph' })
  resolvedToExisting!: number;
}
