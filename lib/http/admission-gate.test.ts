import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AdmissionGate } from "./admission-gate";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("AdmissionGate", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs up to its bound at once and hands a finished place to the next waiter in order", async () => {
    const gate = new AdmissionGate({ maxInFlight: 2, maxWaiting: 5, maxWaitMs: 1000 });
    const holds = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = holds.map((hold, index) => gate.run(async () => (started.push(index), hold.promise)));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([0, 1]);
    holds[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([0, 1, 2]);
    holds.forEach((hold) => hold.resolve());
    await Promise.all(runs);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it("refuses at once with 503 and Retry-After when the queue is full", async () => {
    const gate = new AdmissionGate({ maxInFlight: 1, maxWaiting: 1, maxWaitMs: 2000 });
    const hold = deferred();
    const first = gate.run(() => hold.promise);
    const queued = gate.run(async () => "queued");
    await expect(gate.run(async () => "refused")).rejects.toMatchObject({ code: "unavailable", retryAfterSeconds: 2 });
    hold.resolve();
    await expect(queued).resolves.toBe("queued");
    await first;
  });

  it("refuses a waiter whose wait runs out, and its place is not lost", async () => {
    const gate = new AdmissionGate({ maxInFlight: 1, maxWaiting: 5, maxWaitMs: 500 });
    const hold = deferred();
    const first = gate.run(() => hold.promise);
    const waiting = gate.run(async () => "late");
    const refusal = expect(waiting).rejects.toMatchObject({ code: "unavailable" });
    await vi.advanceTimersByTimeAsync(500);
    await refusal;
    hold.resolve();
    await first;
    await expect(gate.run(async () => "next")).resolves.toBe("next");
  });

  it("frees the place of work that fails", async () => {
    const gate = new AdmissionGate({ maxInFlight: 1, maxWaiting: 0, maxWaitMs: 100 });
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(gate.run(async () => "ok")).resolves.toBe("ok");
  });
});
