import { describe, expect, it } from "vitest";
import type { Message } from "kafkajs";
import { DLQ_HEADER, deadLetterMessage, deadLettersTopic } from "./dead-letters";

describe("deadLetterMessage", () => {
  it("keeps key, value and headers unchanged and adds where and why it failed", () => {
    const value = Buffer.from([0xff, 0x00, 0x7b]);
    const first = new Date("2026-01-01T00:00:00Z");
    const last = new Date("2026-01-02T00:00:00Z");
    const message = deadLetterMessage(
      {
        topic: "streamops.events",
        partition: 4,
        message: { key: Buffer.from("k"), value, headers: { "event-id": Buffer.from("e1") }, offset: "42", timestamp: "0", attributes: 0 },
      },
      { errorClass: "MalformedJson", errorMessage: "Unexpected token", attempts: 2, firstFailedAt: first, lastFailedAt: last },
    );
    expect(message.key).toEqual(Buffer.from("k"));
    expect(message.value).toBe(value);
    expect(message.headers).toMatchObject({
      "event-id": Buffer.from("e1"),
      [DLQ_HEADER.originalTopic]: "streamops.events",
      [DLQ_HEADER.originalPartition]: "4",
      [DLQ_HEADER.originalOffset]: "42",
      [DLQ_HEADER.errorClass]: "MalformedJson",
      [DLQ_HEADER.errorMessage]: "Unexpected token",
      [DLQ_HEADER.attempts]: "2",
      [DLQ_HEADER.firstFailedAt]: first.toISOString(),
      [DLQ_HEADER.lastFailedAt]: last.toISOString(),
    });
  });
});

describe("deadLettersTopic", () => {
  it("publishes each letter to the dead-letter topic as its record with the dlq headers", async () => {
    const sent: { topic: string; messages: Message[] }[] = [];
    const publisher = { publish: async (topic: string, messages: Message[]) => void sent.push({ topic, messages }) };
    const at = new Date("2026-01-01T00:00:00Z");
    const origin = { topic: "p.tasks", partition: 0, message: { key: null, value: Buffer.from("x"), headers: {}, offset: "7", timestamp: "0", attributes: 0 } };
    const failure = { errorClass: "E", errorMessage: "m", attempts: 1, firstFailedAt: at, lastFailedAt: at };
    await deadLettersTopic({ KAFKA_TOPIC_PREFIX: "p." }).publish(publisher, [{ origin, failure }]);
    expect(sent).toEqual([{ topic: "p.dead-letters", messages: [deadLetterMessage(origin, failure)] }]);
  });
});
