import { describe, expect, it } from "vitest";
import { percentileFromBuckets } from "./latency-buckets";

describe("percentileFromBuckets", () => {
  it("answers the upper bound of the bucket holding the percentile's rank", () => {
    const counts = new Map([
      [5, 50],
      [10, 45],
      [100, 5],
    ]);
    expect(percentileFromBuckets(counts, 0.5)).toBe(5);
    expect(percentileFromBuckets(counts, 0.95)).toBe(10);
    expect(percentileFromBuckets(counts, 0.99)).toBe(100);
  });

  it("has no percentile without samples", () => {
    expect(percentileFromBuckets(new Map(), 0.5)).toBeNull();
  });
});
