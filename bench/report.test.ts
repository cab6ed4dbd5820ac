import { describe, expect, it } from "vitest";
import { verdict } from "./report";

describe("verdict", () => {
  it("holds a value to every bound its row sets", () => {
    expect(verdict({ metric: "p99", value: 99, unit: "ms", maximum: 100 })).toBe("met");
    expect(verdict({ metric: "p99", value: 100, unit: "ms", maximum: 100 })).toBe("NOT met");
    expect(verdict({ metric: "refused", value: 0, unit: "req", atMost: 0 })).toBe("met");
    expect(verdict({ metric: "refused", value: 1, unit: "req", atMost: 0 })).toBe("NOT met");
    expect(verdict({ metric: "rate", value: 290, unit: "wf/s", absoluteTarget: 290 })).toBe("met");
    expect(verdict({ metric: "batch", value: 20_000, unit: "events/s", baseline: 45_000, target: 0.5, absoluteTarget: 17_000 })).toBe("NOT met");
  });

  it("bounds a ratio against the baseline from above as well as below", () => {
    expect(verdict({ metric: "live p99", value: 40, unit: "ms", baseline: 20, maxRatio: 2 })).toBe("met");
    expect(verdict({ metric: "live p99", value: 41, unit: "ms", baseline: 20, maxRatio: 2 })).toBe("NOT met");
  });

  it("never calls a value that was not measured met", () => {
    expect(verdict({ metric: "replay", value: Number.NaN, unit: "s", maximum: 30 })).toBe("NOT met");
    expect(verdict({ metric: "live p99", value: Number.NaN, unit: "ms", baseline: 20, maxRatio: 2 })).toBe("NOT met");
  });

  it("gives no verdict to a row without a target", () => {
    expect(verdict({ metric: "ceiling", value: 1500, unit: "req/s" })).toBe("");
  });
});
