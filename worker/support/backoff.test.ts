import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff";

describe("backoffDelay", () => {
  it("doubles from the initial delay and jitters within the upper half", () => {
    expect(backoffDelay(0, 100, 5000, () => 0)).toBe(50);
    expect(backoffDelay(0, 100, 5000, () => 1)).toBe(100);
    expect(backoffDelay(3, 100, 5000, () => 1)).toBe(800);
  });

  it("never exceeds the cap", () => {
    expect(backoffDelay(30, 100, 5000, () => 1)).toBe(5000);
  });
});
