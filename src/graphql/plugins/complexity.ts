import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LIMITS } from '../common/limits';

/**
 * Cost of a list field: its page size times the cost of one item. Type-graphql puts this on the
 * field's `complexity` extension, which the cost check below reads.
 */
export function connectionComplexity({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }): number {
  const first = typeof args.first === 'number' && args.first > 0 ? Math.min(args.first, LIMITS.maxPageSize) : LIMITS.defaultPageSize;
  return 1 + first * childComplexity;
}

/** Items an unpaginated nested list (roles, affiliations...) is assumed to hold when costing a query. */
export const NESTED_LIST_ITEMS = 10;

/** Cost of an unpaginated nested list: NESTED_LIST_ITEMS times the cost of one item. */
export function nestedListComplexity({ childComplexity }: { childComplexity: number }): number {
  return 1 + NESTED_LIST_ITEMS * childComplexity;
}

/** Cost of a field that runs a graph traversal (paths, neighbourhood, timeline, search). */
export function traversalComplexity(base: number): (options: { childComplexity: number }) => number {
  return ({ childComplexity }) => base + 10 * childComplexity;
}

/** Computes an operation's cost from the schema's complexity values (1 per field otherwise). */
export function operationCost(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * Refuses operations whose estimated cost exceeds `maxCost` before anything runs, with the cost
 * and the limit in the message and a 400 status.
 */
export function costLimitPlugin(maxCost: number = LIMITS.maxCost): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = operationCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query is too expensive: its estimated cost is ${cost}, the limit is ${maxCost}. Ask for smaller pages (first) or fewer nested lists.`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
