export type BucketSettings = {
  perSecond: number;
  burst: number;
  /** At most this many buckets are kept; past it the oldest go first (see `take`). */
  maxNames?: number;
};

/**
 * Token buckets by name: each holds up to `burst` tokens and refills at `perSecond`; a request
 * takes one. Buckets left full are forgotten, so memory follows the active callers only, and is
 * capped at `maxNames` however many names callers invent.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(private readonly settings: BucketSettings) {}

  /**
   * Takes a token: 0 when granted, otherwise the seconds until one will be there. A new name when
   * the buckets are at their cap first sweeps the refilled ones, then drops the least recently
   * used: callers inventing names to push a bucket out must be held back by a limit over them all.
   */
  take(name: string, now = Date.now()): number {
    const { perSecond, burst, maxNames = Infinity } = this.settings;
    const bucket = this.buckets.get(name) ?? { tokens: burst, updatedAt: now };
    this.buckets.delete(name);
    if (this.buckets.size >= maxNames) this.sweep(now);
    if (this.buckets.size >= maxNames) this.buckets.delete(this.buckets.keys().next().value!);
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond);
    bucket.updatedAt = now;
    this.buckets.set(name, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / perSecond);
  }

  /** Drops buckets that have refilled: they would behave exactly as new ones. */
  sweep(now = Date.now()) {
    const { perSecond, burst } = this.settings;
    for (const [name, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond >= burst) this.buckets.delete(name);
    }
  }

  get size() {
    return this.buckets.size;
  }
}
