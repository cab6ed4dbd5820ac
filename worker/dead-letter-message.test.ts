import { describe, expect, it } from "vitest";
import { DLQ_HEADER, deadLetterMessage } from "./dead-letter-message";

describe("deadLetterMessage", () => {
  it("keeps key, value and headers unchanged and adds where and why it failed", () => {
    const value = Buffer.from([0xff, 0x00, 0x7b]);
    const message = deadLetterMessage(
      {
        topic: "streamops.events",
        partition: 4,
        message: { key: Buffer.from("k"), value, headers: { "event-id": Buffer.from("e1") }, offset: "42", timestamp: "0", attributes: 0 },
      },
      { errorClass: "MalformedJson", errorMessage: "Unexpected token", attempts: 1, failedAt: new Date("2026-01-01T00:00:00Z") },
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
      [DLQ_HEADER.attempts]: "1",
      [DLQ_HEADER.failedAt]: "2026-01-01T00:00:00.000Z",
    });
  });
});
