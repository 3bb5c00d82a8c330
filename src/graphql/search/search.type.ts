import { Field, Float, ObjectType } from 'type-graphql';
import type { GraphNodeRecord } from '../common/records';
import { GraphNode } from '../graph/graph.type';

@ObjectType('SearchHit', { simpleResolvers: true, description: 'An entity (by name or alias) or a statement (by its text) that matches a search' })
export class SearchHit {
  @Field(() => Float, { description: 'Lucene relevance: higher is better (entity and statement scores come from different indexes)' })
  score!: number;

  @Field(() => GraphNode)
  node!: GraphNodeRecord;
}
