import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { FEDERATION_KEY } from '../common/federation-key';
import { connectionTypes } from '../common/connection.type';
import { LoadStatus, Provenance } from '../common/enums';
import type { ArticleRecord } from '../common/records';

@Directive(FEDERATION_KEY)
@ObjectType('Article', { simpleResolvers: true, description: 'A news article: the source every fact points back to' })
export class Article {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'The full text; every Evidence offset points into it' })
  text!: string;

  @Field(() => String, { description: 'YYYY-MM-DD or a date-time' })
  publishedAt!: string;

  @Field(() => String, { nullable: true, description: '"stated" or "inferred"' })
  publishedAtCertainty!: string | null;

  @Field(() => String)
  source!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;

  @Field(() => String, { nullable: true })
  reviewedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was loaded (ISO date-time)' })
  loadedAt!: string | null;
}

/** The Relay connection of articles. */
export const { Connection: ArticleConnection, Edge: ArticleEdge } = connectionTypes<ArticleRecord>(() => Article, 'Article');

@ObjectType('LoadArticleResult', { simpleResolvers: true, description: 'What loading an article-graph document did' })
export class LoadArticleResult {
  @Field(() => ID, { description: 'The article id' })
  id!: string;

  @Field(() => LoadStatus, { description: 'UNCHANGED when the same document was already loaded (nothing was written)' })
  status!: LoadStatus;

  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  relations!: number;

  @Field(() => Int)
  mentions!: number;
}

@ObjectType('RemoveArticleResult', { simpleResolvers: true, description: 'An article that was removed with everything it contributed' })
export class RemoveArticleResult {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean)
  removed!: boolean;
}
