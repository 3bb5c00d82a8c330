import type { DatabaseGateway } from '../db/gateway';
import type { Logger } from '../logger';
import { RequestLoaders } from './loaders';
import type { RequestStats } from './plugins/request-stats';

/** What every resolver gets: built once per request. */
export interface GraphQLContext {
  gateway: DatabaseGateway;
  logger: Logger;
  /** True when the request carried the configured API key. */
  authenticated: boolean;
  /** This request's DataLoaders (batching per nesting level). */
  loaders: RequestLoaders;
  /** This request's counters (round trips), when the HTTP front counts them. */
  stats?: RequestStats;
  /** Who sent the request (remote address), for per-client limits. */
  clientAddress?: string;
  /** Longest article.text a load accepts (KG_MAX_ARTICLE_CHARS); the schema's cap when unset. */
  maxArticleChars?: number;
}

/** Builds the context of one request, with fresh DataLoaders. */
export function createRequestContext(options: {
  gateway: DatabaseGateway;
  logger: Logger;
  authenticated: boolean;
  stats?: RequestStats;
  clientAddress?: string;
  maxArticleChars?: number;
}): GraphQLContext {
  return { ...options, loaders: new RequestLoaders(options.gateway) };
}
