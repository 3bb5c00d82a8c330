import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { RelationshipType, type GraphRelationshipType } from '../common/enums';
import { LIMITS } from '../common/limits';
import type { GraphQLContext } from '../context';
import { traversalComplexity } from '../plugins/complexity';
import { findTimeline } from './timeline.service';
import { Timeline } from './timeline.type';

@Resolver()
export class TimelineResolver {
  @Query(() => Timeline, {
    description:
      `Dated events within hops relationships of an entity (through statements too) and the dated statements it made or is the topic of, in date order. ` +
      `from/to: ISO date prefixes (2017, 2017-05, 2017-08-08, 2017-08-08T10:00), inclusive, matching any entry whose date overlaps them. ` +
      `hops: 0..${LIMITS.maxTimelineHops} (default ${LIMITS.defaultTimelineHops}). At most ${LIMITS.maxTimelineEntries} entries. An unknown id is NOT_FOUND.`,
    complexity: traversalComplexity(50),
  })
  async timeline(
    @Arg('entityId', () => ID) entityId: string,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Arg('hops', () => Int, { nullable: true }) hops: number | null,
    @Arg('types', () => [RelationshipType], { nullable: true }) types: GraphRelationshipType[] | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Timeline> {
    return findTimeline(ctx, { entityId, from, to, hops, types });
  }
}
