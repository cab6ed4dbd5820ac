import { describe, expect, it } from "vitest";
import { drainEstimate } from "./drain-estimate";

const point = (second: number, lag: number, committed: number, end: number) => ({
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString(),
  lag,
  committed,
  end,
});

describe("drainEstimate", () => {
  it("divides the lag by the net rate at which it shrinks", () => {
    expect(drainEstimate([point(0, 1000, 0, 1000), point(10, 900, 200, 1100)])).toEqual({
      state: "draining",
      seconds: 90,
      consumedPerSecond: 20,
      producedPerSecond: 10,
    });
  });

  it("says falling behind when producers outpace the group", () => {
    expect(drainEstimate([point(0, 100, 0, 100), point(10, 200, 50, 250)]).state).toBe("falling-behind");
  });

  it("knows a group without lag is caught up, and needs two samples for a rate", () => {
    expect(drainEstimate([point(0, 0, 5, 5)]).state).toBe("caught-up");
    expect(drainEstimate([point(0, 5, 0, 5)]).state).toBe("unknown");
    expect(drainEstimate([]).state).toBe("unknown");
  });
});
