import type { Message } from "kafkajs";
import type { ProduceMessageInput } from "./schemas";

/** The Kafka record for a test message (see produceMessageSchema for how its value becomes bytes). */
export function messageRecord(input: ProduceMessageInput): Message {
  const { key, value, headers } = input;
  return {
    key: key ?? null,
    value: value === null ? null : typeof value === "string" ? value : JSON.stringify(value),
    headers,
  };
}
