import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Whether the service and its database are up' })
export class Health {
  @Field(() => String, { description: '"ok" when Neo4j answers, "degraded" when it does not' })
  status!: 'ok' | 'degraded';

  @Field(() => String, { nullable: true, description: 'Version of the Neo4j server, e.g. 5.26.30' })
  neo4jVersion!: string | null;

  @Field(() => Number, { description: 'Articles in the graph' })
  articles!: number;
}
