import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { KgError } from '../errors';
import { LIMITS } from './common/limits';
import type { ServiceMetrics } from '../http/metrics';
import type { Logger } from '../logger';
import type { GraphQLContext } from './context';
import { armorProtection } from './plugins/armor';
import { costLimitPlugin } from './plugins/complexity';
import { observabilityPlugin } from './plugins/observability.plugin';
import { unavailableStatusPlugin } from './plugins/unavailable-status.plugin';
import { mutationRateLimitPlugin } from './plugins/rate-limit.plugin';

/**
 * The Apollo Server of the service. Errors the service raised on purpose (KgError) reach the
 * client with their code; anything else is logged in full and masked, so no stack trace or
 * driver message leaves the process outside development. Query shape (depth, aliases, tokens)
 * and cost are limited before anything runs.
 */
export function createApolloServer(
  schema: GraphQLSchema,
  logger: Logger,
  options: {
    development: boolean;
    metrics?: ServiceMetrics;
    maxCost?: number;
    /** Schema introspection; defaults to `development` (KG_INTROSPECTION). */
    introspection?: boolean;
    /** Mutations per client per minute; 0 or unset: no limit (KG_MUTATION_RATE_LIMIT). */
    mutationRateLimitPerMinute?: number;
  },
): ApolloServer<GraphQLContext> {
  const armor = armorProtection({ production: !options.development });
  return new ApolloServer<GraphQLContext>({
    // Apollo's own SIGINT/SIGTERM handlers would stop the server a second time beside main.ts's
    // shutdown, and that stop never settled: `npm start` hung on Ctrl-C or SIGTERM (regression
    // test: test/app/shutdown.int.test.ts). main.ts owns the signals.
    stopOnTerminationSignals: false,
    schema,
    includeStacktraceInErrorResponses: options.development,
    // A batch of operations in one HTTP request would multiply every per-request limit.
    allowBatchedHttpRequests: false,
    // graphql-armor counts tokens in a hook that runs beside the parser, not inside it; here the
    // parser itself stops at the limit, before a deeply nested query can exhaust the stack.
    parseOptions: { maxTokens: LIMITS.maxTokens },
    introspection: options.introspection ?? options.development,
    validationRules: armor.validationRules,
    plugins: [
      // Apollo's default landing page loads from a CDN; the playground is served from our own bundle.
      ApolloServerPluginLandingPageDisabled(),
      // The service sets no cache hints, yet Apollo's cache-control plugin, installed by default,
      // makes Apollo wrap every field resolver to compute them: work for nothing on every field.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      costLimitPlugin(options.maxCost),
      mutationRateLimitPlugin(options.mutationRateLimitPerMinute ?? 0),
      observabilityPlugin(logger, options.metrics),
      unavailableStatusPlugin(),
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const original = unwrapResolverError(error);
      if (original instanceof KgError) return { ...formatted, message: original.message, extensions: { ...original.extensions } };
      const tokens = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/.exec(formatted.message);
      if (tokens) return { ...formatted, message: `Query refused, too long: it has more than ${tokens[1]} tokens. Send a shorter query.` };
      if (formatted.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED') {
        // Apollo's own text tells the operator how to change the code; the client needs to know the policy.
        return { ...formatted, message: 'Introspection is turned off on this server (KG_INTROSPECTION=false); the schema is in schema/schema.graphql' };
      }
      if (formatted.message === 'Validation aborted.') {
        // graphql-js stops validating when comparing the query's fields would cost too much.
        return {
          ...formatted,
          message: 'Query refused, too complex to validate: too many fields or fragment spreads to compare. Send a smaller query, without repeated fields.',
        };
      }
      const code = formatted.extensions?.code;
      if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
      logger.error({ err: original }, 'unexpected error in a GraphQL request');
      if (options.development) return formatted;
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
}
