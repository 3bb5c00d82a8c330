import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RateLimiter } from '../../http/rate-limit';
import type { GraphQLContext } from '../context';

/**
 * Limits mutations per client (its remote address) with a token bucket: over the limit, the
 * operation is refused before it runs with HTTP 429, code RATE_LIMITED and a Retry-After header.
 * Queries are not limited here: their cost is bounded by the shape and cost limits instead.
 */
export function mutationRateLimitPlugin(perMinute: number, now?: () => number): ApolloServerPlugin<GraphQLContext> {
  const limiter = new RateLimiter(perMinute, now);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (perMinute <= 0 || operation?.operation !== 'mutation') return;
          const verdict = limiter.take(contextValue.clientAddress ?? 'unknown');
          if (verdict.allowed) return;
          throw new GraphQLError(
            `Too many writes: this client may send ${perMinute} mutations a minute (KG_MUTATION_RATE_LIMIT); retry in ${verdict.retryAfterSeconds} s`,
            {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds: verdict.retryAfterSeconds,
                http: { status: 429, headers: new HeaderMap([['retry-after', String(verdict.retryAfterSeconds)]]) },
              },
            },
          );
        },
      };
    },
  };
}
