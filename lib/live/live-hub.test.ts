import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLiveHub, type LiveChange } from "./live-hub";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("live hub", () => {
  it("coalesces notices per topic within a flush interval and names the ids", () => {
    const hub = createLiveHub(250);
    const received: LiveChange[] = [];
    hub.subscribe((change) => received.push(change));
    hub.publish({ topic: "workflows", id: "a" });
    hub.publish({ topic: "workflows", id: "b" });
    hub.publish({ topic: "workflows", id: "a" });
    hub.publish({ topic: "events" });
    expect(received).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(received).toEqual([{ topic: "workflows", ids: ["a", "b"] }, { topic: "events" }]);
  });

  it("stops naming ids when there are too many, and forgets unsubscribed browsers", () => {
    const hub = createLiveHub(100);
    const received: LiveChange[] = [];
    const unsubscribe = hub.subscribe((change) => received.push(change));
    for (let index = 0; index < 60; index++) hub.publish({ topic: "tasks", id: String(index) });
    vi.advanceTimersByTime(100);
    expect(received).toEqual([{ topic: "tasks" }]);
    unsubscribe();
    hub.publish({ topic: "tasks", id: "x" });
    vi.advanceTimersByTime(100);
    expect(received).toHaveLength(1);
    expect(hub.subscriberCount()).toBe(0);
  });
});
