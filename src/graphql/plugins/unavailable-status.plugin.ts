import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context';

/** Seconds a client is told to wait before retrying while Neo4j is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * When Neo4j is unreachable and nothing at all could be answered (every error is
 * SERVICE_UNAVAILABLE and every root field is null), the response is HTTP 503 with Retry-After,
 * so load balancers, proxies and retrying clients see the outage without reading the body. A
 * response with any answered field keeps HTTP 200: its data is still worth reading.
 */
export function unavailableStatusPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          if (!errors?.length || !errors.every((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          if (data != null && Object.values(data).some((value) => value != null)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
