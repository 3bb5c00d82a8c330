import type { ApolloServerPlugin } from '@apollo/server';
import type { ServiceMetrics } from '../../http/metrics';
import type { Logger } from '../../logger';
import type { GraphQLContext } from '../context';

/**
 * One structured log line per GraphQL operation (name, type, duration, error codes, Neo4j round
 * trips) and the Prometheus request metrics, both taken when the response is sent.
 */
export function observabilityPlugin(logger: Logger, metrics?: ServiceMetrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      let errorCodes: string[] = [];
      return {
        async didEncounterErrors({ errors }) {
          errorCodes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
        },
        async willSendResponse({ request, operation, operationName }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const name = operationName ?? request.operationName ?? null;
          metrics?.recordOperation(name, durationMs / 1000, errorCodes.length > 0);
          logger.info(
            {
              operation: name ?? 'anonymous',
              operationType: operation?.operation ?? null,
              durationMs: Math.round(durationMs * 10) / 10,
              errorCodes,
              roundTrips: contextValue.stats?.roundTrips ?? null,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
