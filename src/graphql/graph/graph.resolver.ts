import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { RelationshipType, type GraphRelationshipType } from '../common/enums';
import { LIMITS } from '../common/limits';
import { selectsPath } from '../common/selection';
import type { GraphQLContext } from '../context';
import { traversalComplexity } from '../plugins/complexity';
import { findNeighbourhood, findPaths } from './graph.service';
import { Neighbourhood, Path } from './graph.type';

@Resolver()
export class GraphResolver {
  @Query(() => [Path], {
    description:
      `How two entities are connected: the shortest paths over entity relationships and through statements ` +
      `(X -SAID-> statement -ABOUT-> Y counts two hops). maxHops: 1..${LIMITS.maxPathHops} (default ${LIMITS.defaultPathHops}); ` +
      `first: 1..${LIMITS.maxPageSize} (default ${LIMITS.defaultPaths}); types: relationship types to use (default all). ` +
      `An empty list means no connection within maxHops; an unknown id is NOT_FOUND.`,
    complexity: traversalComplexity(50),
  })
  async paths(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Arg('maxHops', () => Int, { nullable: true }) maxHops: number | null,
    @Arg('types', () => [RelationshipType], { nullable: true }) types: GraphRelationshipType[] | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Path[]> {
    return findPaths(ctx, { fromId, toId, maxHops, types, first });
  }

  @Query(() => Neighbourhood, {
    description:
      `Entities and statements within depth relationships of an entity, and the relationships among them, for a graph view. ` +
      `depth: 1..${LIMITS.maxNeighbourhoodDepth} (default ${LIMITS.defaultNeighbourhoodDepth}); at most ${LIMITS.maxNeighbourhoodNodes} nodes ` +
      `and ${LIMITS.maxNeighbourhoodEdges} edges (truncated says when cut). An unknown id is NOT_FOUND.`,
    complexity: traversalComplexity(50),
  })
  async neighbourhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true }) depth: number | null,
    @Arg('relationshipTypes', () => [RelationshipType], { nullable: true }) relationshipTypes: GraphRelationshipType[] | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Neighbourhood> {
    return findNeighbourhood(
      ctx,
      { id, depth, relationshipTypes },
      {
        entities: selectsPath(info, ['nodes', 'entity']),
        statements: selectsPath(info, ['nodes', 'statement']),
        edgeProps: ['id', 'role', 'provenance'].some((field) => selectsPath(info, ['edges', field])),
        edgeEvidence: selectsPath(info, ['edges', 'evidence']),
      },
    );
  }
}
