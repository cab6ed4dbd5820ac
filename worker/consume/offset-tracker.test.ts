import { describe, expect, it } from "vitest";
import { OffsetTracker } from "./offset-tracker";

describe("OffsetTracker", () => {
  it("commits nothing before the first record finished", () => {
    const tracker = new OffsetTracker();
    tracker.start(5n);
    tracker.start(6n);
    tracker.finish(6n);
    expect(tracker.commitOffset()).toBeUndefined();
  });

  it("never commits past an unfinished record", () => {
    const tracker = new OffsetTracker();
    for (const offset of [10n, 11n, 12n, 13n]) tracker.start(offset);
    tracker.finish(10n);
    tracker.finish(12n);
    tracker.finish(13n);
    expect(tracker.commitOffset()).toBe(11n);
    tracker.finish(11n);
    expect(tracker.commitOffset()).toBe(14n);
    expect(tracker.inFlight).toBe(0);
  });

  it("follows gaps in the offsets", () => {
    const tracker = new OffsetTracker();
    tracker.start(3n);
    tracker.start(7n);
    tracker.finish(3n);
    expect(tracker.commitOffset()).toBe(4n);
    tracker.finish(7n);
    expect(tracker.commitOffset()).toBe(8n);
  });

  it("refuses records already started, as a refetch after a rebalance brings them again", () => {
    const tracker = new OffsetTracker();
    expect(tracker.start(1n)).toBe(true);
    expect(tracker.start(2n)).toBe(true);
    tracker.finish(1n);
    expect(tracker.start(1n)).toBe(false);
    expect(tracker.start(2n)).toBe(false);
    expect(tracker.start(3n)).toBe(true);
    expect(tracker.inFlight).toBe(2);
  });

  it("ignores a finish it never saw start", () => {
    const tracker = new OffsetTracker();
    tracker.start(1n);
    tracker.finish(9n);
    expect(tracker.commitOffset()).toBeUndefined();
    expect(tracker.inFlight).toBe(1);
  });
});
