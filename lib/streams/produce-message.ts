import type { RecordPosition } from "../kafka/event-producer";
import { messageRecord } from "./message-record";
import { requireTopic } from "./require-topic";
import type { ProduceMessageInput } from "./schemas";
import type { StreamDeps } from "./stream-deps";

/** Produces one test message to an existing topic (acks=all) and answers where it landed. */
export async function produceMessage(
  deps: Pick<StreamDeps, "withAdmin" | "producer">,
  topic: string,
  input: ProduceMessageInput,
): Promise<RecordPosition> {
  await deps.withAdmin((admin) => requireTopic(admin, topic));
  return deps.producer.publishOne(topic, messageRecord(input));
}
