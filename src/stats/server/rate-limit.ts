// Per-key request budget (a token bucket): a client with a bug cannot flood the database. In memory,
// so with several servers behind a load balancer each enforces it on its own share of the traffic.
export interface RateLimiter {
  /** True if the key may make a request now (and uses up one unit of its budget). */
  take(key: string): boolean;
}

export function createRateLimiter(perMinute: number, now: () => number): RateLimiter {
  const capacity = perMinute; // a full minute's budget may be spent in a burst (e.g. after an outage)
  const refillPerMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      if (perMinute <= 0) return true;
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, at: t };
      bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * refillPerMs);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
