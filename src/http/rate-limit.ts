/**
 * A token bucket per client: `perMinute` requests a minute on average, bursts of up to `perMinute`.
 * In memory and per process: enough to stop one client from flooding writes on a single instance,
 * not a quota system. Idle buckets are forgotten, and the number kept is capped, so many distinct
 * clients cannot grow memory without bound.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedMs: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxClients = 10_000,
  ) {}

  /** Takes one token for `client`: allowed, or refused with the seconds until a token is back. */
  take(client: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    if (this.perMinute <= 0) return { allowed: true };
    const now = this.now();
    const refillPerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, updatedMs: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.updatedMs) * refillPerMs);
    bucket.updatedMs = now;
    // Re-inserting keeps the map in least-recently-used order, so eviction drops the idlest client.
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    if (this.buckets.size > this.maxClients) {
      const idlest = this.buckets.keys().next().value;
      if (idlest !== undefined) this.buckets.delete(idlest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
  }
}
