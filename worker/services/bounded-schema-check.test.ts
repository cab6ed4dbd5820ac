import { afterAll, describe, expect, it } from "vitest";
import { NonRetryableError } from "../../lib/jobs/job-error";
import { createBoundedSchemaCheck } from "./bounded-schema-check";

// Each test starts a thread (tsx, Ajv, re2js): seconds on a busy two-core machine.
describe("createBoundedSchemaCheck", { timeout: 30_000 }, () => {
  const check = createBoundedSchemaCheck({ timeMs: 1_000, heapMb: 64 });
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 10);
  afterAll(() => clearInterval(ticker));

  it("answers a schema's problems from its thread", async () => {
    await expect(check({ type: "object", required: ["orderId"] }, {})).resolves.toEqual(["(data) must have required property 'orderId'"]);
  });

  it("fails a check over its time budget without stalling the event loop, then goes on", async () => {
    // Ajv compares object items pairwise for uniqueItems: 50,000 distinct ones are over a billion comparisons.
    const distinct = Array.from({ length: 50_000 }, (_, i) => ({ i }));
    const before = ticks;
    const failure = await check({ type: "array", uniqueItems: true }, distinct).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NonRetryableError);
    expect(failure).toMatchObject({ name: "StepBudgetExceeded" });
    expect(ticks - before).toBeGreaterThan(20);
    await expect(check({ type: "array", maxItems: 1 }, [1, 2])).resolves.toEqual(["(data) must NOT have more than 1 items"]);
  });

  it("does not charge loading the thread to the first check's budget", async () => {
    // Loading tsx, Ajv and re2js into a new thread takes 0.4–1 s here; a warm check takes under 1 ms.
    const tight = createBoundedSchemaCheck({ timeMs: 250, heapMb: 64 });
    await expect(tight({ type: "number" }, "7")).resolves.toEqual(["(data) must be number"]);
  });

  it("passes a schema that does not compile on as non-retryable", async () => {
    await expect(check({ type: "string", pattern: "(a)\\1" }, "aa")).rejects.toThrow(/does not compile/);
  });
});
