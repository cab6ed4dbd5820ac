import type { TopicMessages } from "kafkajs";
import { describe, expect, it } from "vitest";
import { UnavailableError } from "../errors";
import { BatchingPublisher } from "./batching-publisher";

const options = { lingerMs: 1, maxBatchBytes: 1024, timeoutMs: 200 };
const message = (value: string) => ({ key: value, value });

function recordingSend(behaviour: (call: number) => Promise<void> = async () => {}) {
  const calls: TopicMessages[][] = [];
  const send = async (topicMessages: TopicMessages[]) => {
    calls.push(topicMessages);
    await behaviour(calls.length);
  };
  return { calls, send };
}

describe("BatchingPublisher", () => {
  it("sends concurrent publishes together, grouped by topic", async () => {
    const { calls, send } = recordingSend();
    const publisher = new BatchingPublisher(send, options);
    await Promise.all([
      publisher.publish("a", [message("1")]),
      publisher.publish("b", [message("2")]),
      publisher.publish("a", [message("3")]),
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual([
      { topic: "a", messages: [message("1"), message("3")] },
      { topic: "b", messages: [message("2")] },
    ]);
  });

  it("queues publishes that arrive while a send is in flight into the next send", async () => {
    let releaseFirst!: () => void;
    const { calls, send } = recordingSend((call) =>
      call === 1 ? new Promise<void>((resolve) => (releaseFirst = resolve)) : Promise.resolve(),
    );
    const publisher = new BatchingPublisher(send, options);
    const first = publisher.publish("t", [message("1")]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const later = [publisher.publish("t", [message("2")]), publisher.publish("t", [message("3")])];
    releaseFirst();
    await Promise.all([first, ...later]);
    expect(calls.map((call) => call[0]!.messages.length)).toEqual([1, 2]);
  });

  it("splits by size but sends an oversized publish on its own", async () => {
    const { calls, send } = recordingSend();
    const publisher = new BatchingPublisher(send, options);
    const big = "x".repeat(2000);
    await Promise.all([publisher.publish("t", [message("a".repeat(600))]), publisher.publish("t", [message(big)])]);
    expect(calls).toHaveLength(2);
  });

  it("rejects every caller of a failed send with UnavailableError", async () => {
    const publisher = new BatchingPublisher(
      async () => {
        throw new Error("broker said no");
      },
      options,
    );
    const results = await Promise.allSettled([publisher.publish("t", [message("1")]), publisher.publish("t", [message("2")])]);
    for (const result of results) {
      expect(result.status).toBe("rejected");
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(UnavailableError);
    }
  });

  it("never sends a publish whose caller already timed out", async () => {
    let releaseFirst!: () => void;
    const { calls, send } = recordingSend((call) =>
      call === 1 ? new Promise<void>((resolve) => (releaseFirst = resolve)) : Promise.resolve(),
    );
    const publisher = new BatchingPublisher(send, { ...options, timeoutMs: 50 });
    const stuck = publisher.publish("t", [message("in-flight")]).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const queued = publisher.publish("t", [message("queued")]).catch((error: unknown) => error);
    expect(await queued).toBeInstanceOf(UnavailableError);
    expect(await stuck).toBeInstanceOf(UnavailableError);
    releaseFirst();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.flatMap((call) => call[0]!.messages.map((m) => m.value))).toEqual(["in-flight"]);
  });
});
