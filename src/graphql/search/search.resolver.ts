import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { NodeLabel } from '../common/enums';
import { LIMITS } from '../common/limits';
import type { GraphQLContext } from '../context';
import { connectionComplexity } from '../plugins/complexity';
import { search } from './search.service';
import { SearchHit } from './search.type';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      `Full-text search over entity names and aliases and over what was said, best first. Every word must match, as a word or a word prefix; ` +
      `Lucene syntax in the query is searched for literally. kinds: what to return (default everything). first: 1..${LIMITS.maxPageSize} (default ${LIMITS.defaultPageSize}).`,
    complexity: connectionComplexity,
  })
  async search(
    @Arg('query', () => String) query: string,
    @Arg('kinds', () => [NodeLabel], { nullable: true }) kinds: NodeLabel[] | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SearchHit[]> {
    return search(ctx, { query, kinds, first });
  }
}
