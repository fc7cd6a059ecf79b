/** A token bucket per key: `perMinute` requests a minute on average, bursts of up to `perMinute` at once. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request's token for this key; returns 0 when allowed, else the milliseconds until one is free. */
  take(key: string): number {
    const now = this.now();
    const refillPerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    const tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return Math.ceil((1 - tokens) / refillPerMs);
    }
    if (this.buckets.size > MAX_TRACKED_KEYS) this.forgetFullBuckets(now);
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return 0;
  }

  private forgetFullBuckets(now: number): void {
    const refillPerMs = this.perMinute / 60_000;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * refillPerMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}

// Keys are API keys and users, a few hundred at most; past this many, buckets that are full again are dropped.
const MAX_TRACKED_KEYS = 10_000;
