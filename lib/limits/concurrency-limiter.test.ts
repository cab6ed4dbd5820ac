import { describe, expect, it } from "vitest";
import { createConcurrencyLimiter, type Acquired } from "./concurrency-limiter";

const released = (acquired: Acquired) => {
  if (!acquired.ok) throw new Error("expected a slot");
  return acquired.release;
};

describe("createConcurrencyLimiter", () => {
  it("lends each principal up to its limit, then refuses naming the per-principal limit", () => {
    const limiter = createConcurrencyLimiter({ perPrincipal: 2, total: 10 });
    expect(limiter.acquire("ada").ok).toBe(true);
    expect(limiter.acquire("ada").ok).toBe(true);
    expect(limiter.acquire("ada")).toEqual({ ok: false, refusal: { limit: "per-principal", max: 2 } });
    expect(limiter.acquire("bob").ok).toBe(true);
    expect(limiter.inUse("ada")).toBe(2);
    expect(limiter.inUse()).toBe(3);
  });

  it("refuses everybody once the total is reached, naming the total", () => {
    const limiter = createConcurrencyLimiter({ perPrincipal: 5, total: 2 });
    limiter.acquire("ada");
    limiter.acquire("bob");
    expect(limiter.acquire("cy")).toEqual({ ok: false, refusal: { limit: "total", max: 2 } });
  });

  it("frees a slot on release, for the principal and for the total", () => {
    const limiter = createConcurrencyLimiter({ perPrincipal: 1, total: 1 });
    const release = released(limiter.acquire("ada"));
    expect(limiter.acquire("bob").ok).toBe(false);
    release();
    expect(limiter.inUse()).toBe(0);
    expect(limiter.acquire("bob").ok).toBe(true);
  });

  it("gives a slot back once however often release is called", () => {
    const limiter = createConcurrencyLimiter({ perPrincipal: 2, total: 2 });
    const first = released(limiter.acquire("ada"));
    limiter.acquire("ada");
    first();
    first();
    first();
    expect(limiter.inUse("ada")).toBe(1);
    expect(limiter.inUse()).toBe(1);
  });

  it("forgets a principal with nothing in progress", () => {
    const limiter = createConcurrencyLimiter({ perPrincipal: 3, total: 100 });
    const releases = Array.from({ length: 50 }, (_, index) => released(limiter.acquire(`caller-${index}`)));
    expect(limiter.principalsHolding()).toBe(50);
    releases.forEach((release) => release());
    expect(limiter.principalsHolding()).toBe(0);
    expect(limiter.inUse()).toBe(0);
  });

  it("a refused request holds nothing", () => {
    const limiter = createConcurrencyLimiter({ perPrincipal: 1, total: 5 });
    limiter.acquire("ada");
    for (let index = 0; index < 10; index += 1) limiter.acquire("ada");
    expect(limiter.inUse()).toBe(1);
  });
});
