import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Relay page information' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Pagination runs forwards only (first/after), so this is true exactly when `after` was given' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' })
  endCursor!: string | null;
}

/** One page of a connection, as services return it. */
export interface Page<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: PageInfo;
  /** Null when the caller did not select totalCount (it is then not computed). */
  totalCount: number | null;
}

/** Builds the Relay connection and edge types for a node type (`StatementConnection`, `StatementEdge`). */
export function connectionTypes<TNode extends object>(
  nodeType: () => ClassType | object,
  name: string,
  nodeDescription?: string,
): { Connection: ClassType<Page<TNode>>; Edge: ClassType<{ cursor: string; node: TNode }> } {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this edge; pass as `after` to continue after it' })
    cursor!: string;

    @Field(nodeType, { description: nodeDescription })
    node!: TNode;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items` })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    // Computed only when selected (see Page.totalCount), so it is never null when a client reads it.
    @Field(() => Int, { description: 'How many items match, across all pages' })
    totalCount!: number | null;
  }

  return { Connection, Edge };
}
