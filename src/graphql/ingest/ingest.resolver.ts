import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { IngestArticleInput } from './ingest.input';
import { ingestArticle } from './ingest.service';
import { IngestArticleResult } from './ingest.type';

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestArticleResult, {
    description:
      'Extracts entities, statements and relations from an article text and loads them (machine-extracted). Idempotent: the same text gives the same article id and writes nothing the second time. An article already loaded from a human-reviewed document is kept. Needs the x-api-key header.',
  })
  async ingestArticle(@Arg('input', () => IngestArticleInput) input: IngestArticleInput, @Ctx() ctx: GraphQLContext): Promise<IngestArticleResult> {
    return ingestArticle(ctx, input);
  }
}
