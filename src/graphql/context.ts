import type { DatabaseGateway } from '../db/gateway';
import type { Logger } from '../logger';

/** What every resolver gets: built once per request. */
export interface GraphQLContext {
  gateway: DatabaseGateway;
  logger: Logger;
  /** True when the request carried the configured API key. */
  authenticated: boolean;
}
