import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseGateway } from '../../db/gateway';

/** What one request cost, counted while it runs. */
export interface RequestStats {
  roundTrips: number;
}

// The gateway is shared by all requests; async context tells which request a statement belongs to.
const current = new AsyncLocalStorage<RequestStats>();

/** Runs `work` (one HTTP request) with its own counters. */
export function withRequestStats<T>(stats: RequestStats, work: () => Promise<T>): Promise<T> {
  return current.run(stats, work);
}

/** Counts the gateway's statements against the request that sent them; returns a function that stops counting. */
export function countRoundTripsPerRequest(gateway: DatabaseGateway): () => void {
  return gateway.observe(() => {
    const stats = current.getStore();
    if (stats) stats.roundTrips += 1;
  });
}
