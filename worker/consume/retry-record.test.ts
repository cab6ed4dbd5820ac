import { describe, expect, it } from "vitest";
import { createLogger } from "../../lib/log";
import { retryRecord } from "./retry-record";

const logger = createLogger("tests", "silent");

describe("retryRecord", () => {
  it("runs a failing handler again until it succeeds", async () => {
    let calls = 0;
    const finished = await retryRecord(
      async () => {
        if (++calls < 3) throw new Error("not yet");
      },
      { signal: new AbortController().signal, logger },
    );
    expect(finished).toBe(true);
    expect(calls).toBe(3);
  });

  it("gives up, unfinished, when the worker stops", async () => {
    const stopping = new AbortController();
    let calls = 0;
    const result = retryRecord(
      async () => {
        calls++;
        throw new Error("down");
      },
      { signal: stopping.signal, logger },
    );
    stopping.abort();
    expect(await result).toBe(false);
    expect(calls).toBe(1);
  });
});
