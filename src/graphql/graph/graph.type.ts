import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeLabel, Provenance, RelationshipType } from '../common/enums';
import { Evidence } from '../common/evidence.type';
import type { EntityRecord, GraphNodeRecord, StatementRecord } from '../common/records';
import { Entity } from '../entity/entity.type';
import { Statement } from '../statement/statement.type';

@ObjectType('GraphNode', { simpleResolvers: true, description: 'A node of a path or neighbourhood: an entity or a statement, with a caption for drawing it' })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => NodeLabel)
  label!: NodeLabel;

  @Field(() => String, { description: 'The entity\'s name, or "speaker: text" for a statement' })
  caption!: string;

  @Field(() => Entity, { nullable: true, description: 'Set when the node is an entity' })
  entity!: EntityRecord | null;

  @Field(() => Statement, { nullable: true, description: 'Set when the node is a statement' })
  statement!: StatementRecord | null;
}

@ObjectType('GraphEdge', { simpleResolvers: true, description: 'A relationship between two nodes of a neighbourhood' })
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationshipType)
  type!: RelationshipType;

  @Field(() => ID)
  sourceId!: string;

  @Field(() => ID)
  targetId!: string;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => Evidence, { nullable: true, description: 'Where the article states it (for statement links: the statement itself)' })
  evidence!: Evidence | null;

  @Field(() => Provenance, { nullable: true })
  provenance!: Provenance | null;
}

@ObjectType('Neighbourhood', {
  simpleResolvers: true,
  description: 'The nodes within `depth` relationships of an entity and the relationships among them, ready for a graph view',
})
export class Neighbourhood {
  @Field(() => ID)
  centerId!: string;

  @Field(() => [GraphNode], { description: 'The centre first' })
  nodes!: GraphNodeRecord[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the node or edge limit cut the neighbourhood short' })
  truncated!: boolean;
}

@ObjectType('PathHop', { simpleResolvers: true, description: 'One relationship of a path, in the order the path walks it' })
export class PathHop {
  @Field(() => RelationshipType)
  type!: RelationshipType;

  @Field(() => GraphNode, { description: 'Where this hop starts (in path order)' })
  from!: GraphNodeRecord;

  @Field(() => GraphNode, { description: 'Where this hop ends (in path order)' })
  to!: GraphNodeRecord;

  @Field(() => Boolean, { description: 'True when the relationship points from `from` to `to`; false when the path walks it backwards' })
  forward!: boolean;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => Evidence, { nullable: true, description: 'Where the article states it (for statement links: the statement itself)' })
  evidence!: Evidence | null;
}

@ObjectType('Path', { simpleResolvers: true, description: 'One way two entities are connected' })
export class Path {
  @Field(() => Int, { description: 'Number of hops (relationships)' })
  length!: number;

  @Field(() => [GraphNode], { description: 'From the first entity to the second' })
  nodes!: GraphNodeRecord[];

  @Field(() => [PathHop])
  hops!: PathHop[];

  @Field(() => String, { description: 'The path in one line, e.g. "Dean Haydon -SAID-> [statement] -ABOUT-> Prevent"' })
  summary!: string;
}
