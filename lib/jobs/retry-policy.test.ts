import { describe, expect, it } from "vitest";
import { defaultRetryPolicy, mayRetry, retryDelayMs } from "./retry-policy";

describe("retry policy", () => {
  it("defaults to 1 s, doubling, capped at 5 min, 3 retries", () => {
    expect(defaultRetryPolicy).toEqual({ maxRetries: 3, initialDelayMs: 1000, multiplier: 2, maxDelayMs: 300_000 });
  });

  it("grows each delay within its jitter band and never past the cap", () => {
    const low = () => 0;
    const high = () => 1;
    expect([1, 2, 3].map((retry) => retryDelayMs(defaultRetryPolicy, retry, low))).toEqual([500, 1000, 2000]);
    expect([1, 2, 3].map((retry) => retryDelayMs(defaultRetryPolicy, retry, high))).toEqual([1000, 2000, 4000]);
    expect(retryDelayMs(defaultRetryPolicy, 30, high)).toBe(300_000);
  });

  it("counts retries from the first attempt of the current run", () => {
    expect(mayRetry(defaultRetryPolicy, 3, 1)).toBe(true);
    expect(mayRetry(defaultRetryPolicy, 4, 1)).toBe(false);
    expect(mayRetry(defaultRetryPolicy, 5, 5)).toBe(true);
  });
});
