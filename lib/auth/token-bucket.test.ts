import { describe, expect, it } from "vitest";
import { TokenBuckets } from "./token-bucket";

describe("TokenBuckets", () => {
  it("grants a burst, then refuses with the wait until the next token", () => {
    const buckets = new TokenBuckets({ perSecond: 2, burst: 3 });
    const start = 1_000_000;
    expect([1, 2, 3].map(() => buckets.take("key", start))).toEqual([0, 0, 0]);
    expect(buckets.take("key", start)).toBe(1);
    expect(buckets.take("key", start + 499)).toBe(1);
    expect(buckets.take("key", start + 500)).toBe(0);
  });

  it("keeps each name's bucket apart", () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 1 });
    expect(buckets.take("flooding", 0)).toBe(0);
    expect(buckets.take("flooding", 0)).toBeGreaterThan(0);
    expect(buckets.take("quiet", 0)).toBe(0);
  });

  it("never holds more than the burst, however long it idles", () => {
    const buckets = new TokenBuckets({ perSecond: 10, burst: 2 });
    buckets.take("key", 0);
    expect([1, 2, 3].map(() => buckets.take("key", 3_600_000))).toEqual([0, 0, 1]);
  });

  it("forgets buckets that have refilled", () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 5 });
    buckets.take("a", 0);
    buckets.take("b", 0);
    buckets.sweep(500);
    expect(buckets.size).toBe(2);
    buckets.sweep(1_000);
    expect(buckets.size).toBe(0);
  });
});

describe("TokenBuckets with a cap on names", () => {
  it("never holds more than maxNames buckets, however many names arrive", () => {
    const buckets = new TokenBuckets({ perSecond: 0.1, burst: 5, maxNames: 100 });
    for (let index = 0; index < 10_000; index++) buckets.take(`random-${index}@example.com`, 0);
    expect(buckets.size).toBe(100);
  });

  it("sweeps refilled buckets before dropping any still draining", () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 2, maxNames: 2 });
    buckets.take("draining", 0);
    buckets.take("draining", 0);
    buckets.take("refilled", 0);
    buckets.take("newcomer", 1_500);
    expect(buckets.take("draining", 1_500)).toBe(0);
    expect(buckets.take("draining", 1_500)).toBeGreaterThan(0);
  });

  it("drops the least recently used bucket when all are draining", () => {
    const buckets = new TokenBuckets({ perSecond: 0.1, burst: 1, maxNames: 2 });
    buckets.take("old", 0);
    buckets.take("recent", 0);
    buckets.take("old", 1);
    buckets.take("newcomer", 2);
    // "recent" was used least recently, so it went; "old" is still empty.
    expect(buckets.take("old", 3)).toBeGreaterThan(0);
    expect(buckets.take("recent", 3)).toBe(0);
  });
});
