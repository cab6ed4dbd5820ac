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
