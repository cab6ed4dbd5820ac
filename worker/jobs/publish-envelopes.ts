import type { KafkaMessage } from "kafkajs";
import type { Envelope } from "../../lib/events/envelope";
import { toKafkaMessage } from "../../lib/events/publish-events";
import type { ScheduledRecord } from "../../lib/jobs/scheduled-record";
import type { BatchDeps } from "../batch-deps";
import { commandContext } from "./command-headers";

/** Publishes follow-ups of a command (lifecycle events, the next command) under its request id. */
export async function publishEnvelopes(deps: BatchDeps, cause: KafkaMessage, topic: string, envelopes: Envelope[]): Promise<void> {
  const context = commandContext(cause);
  await deps.publish(topic, envelopes.map((envelope) => toKafkaMessage(envelope, context)));
}

/** The same, to be published later by the scheduler; `extraHeaders` carry e.g. a replay's identity. */
export function scheduledEnvelope(
  cause: KafkaMessage,
  { topic, envelope }: { topic: string; envelope: Envelope },
  dueAt: Date,
  extraHeaders: Record<string, string> = {},
): ScheduledRecord {
  const message = toKafkaMessage(envelope, commandContext(cause));
  return { topic, key: envelope.key, value: message.value as string, headers: { ...(message.headers as Record<string, string>), ...extraHeaders }, dueAt };
}
