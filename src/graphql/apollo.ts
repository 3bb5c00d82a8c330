import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { KgError } from '../errors';
import type { ServiceMetrics } from '../http/metrics';
import type { Logger } from '../logger';
import type { GraphQLContext } from './context';
import { armorProtection } from './plugins/armor';
import { costLimitPlugin } from './plugins/complexity';
import { observabilityPlugin } from './plugins/observability.plugin';

/**
 * The Apollo Server of the service. Errors the service raised on purpose (KgError) reach the
 * client with their code; anything else is logged in full and masked, so no stack trace or
 * driver message leaves the process outside development. Query shape (depth, aliases, tokens)
 * and cost are limited before anything runs.
 */
export function createApolloServer(
  schema: GraphQLSchema,
  logger: Logger,
  options: { development: boolean; metrics?: ServiceMetrics; maxCost?: number },
): ApolloServer<GraphQLContext> {
  const armor = armorProtection({ production: !options.development });
  return new ApolloServer<GraphQLContext>({
    schema,
    includeStacktraceInErrorResponses: options.development,
    // A batch of operations in one HTTP request would multiply every per-request limit.
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    plugins: [
      // Apollo's default landing page loads from a CDN; the playground is served from our own bundle.
      ApolloServerPluginLandingPageDisabled(),
      ...armor.plugins,
      costLimitPlugin(options.maxCost),
      observabilityPlugin(logger, options.metrics),
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const original = unwrapResolverError(error);
      if (original instanceof KgError) return { ...formatted, message: original.message, extensions: { ...original.extensions } };
      const code = formatted.extensions?.code;
      if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
      logger.error({ err: original }, 'unexpected error in a GraphQL request');
      if (options.development) return formatted;
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
}
