import { describe, expect, it } from "vitest";
import { decideAttempt, type JobState } from "./decide-attempt";

const fresh = { replayed: false };

describe("decideAttempt", () => {
  it("runs only the next attempt of a pending or retrying job", () => {
    for (const status of ["pending", "retrying"] as const) {
      const state: JobState = { status, attempts: 2 };
      expect(decideAttempt(state, { attempt: 3, ...fresh })).toEqual({ action: "run", attempt: 3, newRun: false });
      expect(decideAttempt(state, { attempt: 2, ...fresh }).action).toBe("skip");
      expect(decideAttempt(state, { attempt: 4, ...fresh }).action).toBe("skip");
    }
  });

  it("runs an attempt again when its worker died while running it", () => {
    expect(decideAttempt({ status: "running", attempts: 1 }, { attempt: 1, ...fresh })).toEqual({ action: "run", attempt: 1, newRun: false });
    expect(decideAttempt({ status: "running", attempts: 2 }, { attempt: 1, ...fresh }).action).toBe("skip");
  });

  it("resumes a waiting step only with its own command", () => {
    expect(decideAttempt({ status: "waiting", attempts: 1 }, { attempt: 1, ...fresh })).toEqual({ action: "resume", attempt: 1 });
    expect(decideAttempt({ status: "waiting", attempts: 1 }, { attempt: 2, ...fresh }).action).toBe("skip");
  });

  it("re-sends follow-ups for a redelivered final attempt and skips older duplicates", () => {
    expect(decideAttempt({ status: "completed", attempts: 2 }, { attempt: 2, ...fresh })).toEqual({ action: "follow-up" });
    expect(decideAttempt({ status: "completed", attempts: 2 }, { attempt: 1, ...fresh }).action).toBe("skip");
    expect(decideAttempt({ status: "failed", attempts: 4 }, { attempt: 4, ...fresh })).toEqual({ action: "follow-up" });
  });

  it("starts a fresh run when a failed job is replayed", () => {
    expect(decideAttempt({ status: "failed", attempts: 4 }, { attempt: 4, replayed: true })).toEqual({ action: "run", attempt: 5, newRun: true });
  });

  it("never runs a replay of a job that is not failed", () => {
    expect(decideAttempt({ status: "completed", attempts: 5 }, { attempt: 5, replayed: true })).toEqual({ action: "follow-up" });
    expect(decideAttempt({ status: "cancelled", attempts: 1 }, { attempt: 2, replayed: true }).action).toBe("skip");
  });
});
