import { describe, expect, it } from "vitest";
import { concurrencyLimit } from "./concurrency-limit";

describe("concurrencyLimit", () => {
  it("admits up to max at once and frees a place on leaving, once per entry", () => {
    const limit = concurrencyLimit(2);
    const first = limit.enter();
    const second = limit.enter();
    expect(first && second).toBeTruthy();
    expect(limit.enter()).toBeNull();

    first!();
    first!();
    expect(limit.active).toBe(1);
    expect(limit.enter()).not.toBeNull();
    expect(limit.enter()).toBeNull();
  });
});
