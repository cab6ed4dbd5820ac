import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { RateLimitedError } from "../errors";
import { quotaHolder, takeTaskQuota, TaskQuota } from "./task-quota";

const HOUR = 3_600_000;

describe("TaskQuota", () => {
  it("grants `limit` tasks per window, then answers the seconds until the window closes", () => {
    const quota = new TaskQuota(2);
    expect(quota.take("k", 0).granted).toBe(true);
    expect(quota.take("k", 1000).granted).toBe(true);
    expect(quota.take("k", 1000)).toEqual({ granted: false, retryAfterSeconds: 3599 });
    expect(quota.take("k", HOUR - 1)).toEqual({ granted: false, retryAfterSeconds: 1 });
    expect(quota.take("k", HOUR).granted).toBe(true);
  });

  it("keeps holders apart", () => {
    const quota = new TaskQuota(1);
    expect(quota.take("a", 0).granted).toBe(true);
    expect(quota.take("a", 0).granted).toBe(false);
    expect(quota.take("b", 0).granted).toBe(true);
  });

  it("gives back a released task, but never into a window that has closed since", () => {
    const quota = new TaskQuota(1);
    const first = quota.take("k", 0);
    if (!first.granted) throw new Error("expected a grant");
    first.release();
    const second = quota.take("k", 10);
    expect(second.granted).toBe(true);
    expect(quota.take("k", HOUR + 1).granted).toBe(true);
    if (second.granted) second.release();
    expect(quota.take("k", HOUR + 2).granted).toBe(false);
  });

  it("forgets closed windows when swept", () => {
    const quota = new TaskQuota(5);
    quota.take("a", 0);
    quota.take("b", HOUR / 2);
    quota.sweep(HOUR);
    expect(quota.size).toBe(1);
  });
});

describe("quotaHolder", () => {
  const actor = (principal: Actor["principal"], clientAddress: string | null = "203.0.113.5"): Actor => ({ principal, requestId: "r", clientAddress });

  it("counts per key, person or address, and per task type; server commands are not counted", () => {
    expect(quotaHolder(actor({ type: "api_key", id: "k1", name: "ci", scopes: [] }), "email")).toBe("api_key:k1:email");
    expect(quotaHolder(actor({ type: "user", id: "u1", email: "a@x", role: "operator" }), "export")).toBe("user:u1:export");
    expect(quotaHolder(actor({ type: "anonymous" }), "notification")).toBe("address:203.0.113.5:notification");
    expect(quotaHolder(actor({ type: "system", id: "setup" }), "email")).toBeNull();
  });
});

describe("takeTaskQuota", () => {
  const key: Actor = { principal: { type: "api_key", id: "k1", name: "ci", scopes: [] }, requestId: "r", clientAddress: null };

  it("refuses past the quota with a 429 that says which quota and when to retry", () => {
    const quota = new TaskQuota(1);
    takeTaskQuota(quota, key, "email");
    const refusal = (() => {
      try {
        takeTaskQuota(quota, key, "email");
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(RateLimitedError);
    expect(refusal).toMatchObject({ retryAfterSeconds: 3600, message: expect.stringMatching(/^Task quota used up: at most 1 email tasks an hour .* retry in 3600 s$/) });
    // Another type has a quota of its own.
    expect(() => takeTaskQuota(quota, key, "export")).not.toThrow();
  });
});

