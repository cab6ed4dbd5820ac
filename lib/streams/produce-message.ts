import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { roleAtLeast } from "../auth/roles";
import { ForbiddenError } from "../errors";
import type { RecordPosition } from "../kafka/event-producer";
import { isProductTopic } from "../topics";
import { messageRecord } from "./message-record";
import { requireTopic } from "./require-topic";
import type { ProduceMessageInput } from "./schemas";
import type { StreamDeps } from "./stream-deps";

/**
 * Produces one test message to an existing topic (acks=all) and answers where it landed. Every
 * message is audited with its topic and key, the row committed once Kafka acknowledged the record.
 * StreamOps' own topics take messages from admins only: a record there skips the API's checks.
 */
export async function produceMessage(
  deps: Pick<StreamDeps, "withAdmin" | "producer" | "db" | "topics">,
  topic: string,
  input: ProduceMessageInput,
  actor: Actor,
): Promise<RecordPosition> {
  const target = { type: "topic", id: topic };
  const key = input.key ?? null;
  const internal = isProductTopic(deps.topics, topic);
  const { principal } = actor;
  if (internal && !(principal.type === "user" && roleAtLeast(principal.role, "admin"))) {
    const reason = "producing to a StreamOps topic needs the admin role";
    await recordAudit(deps.db, { actor, action: "stream.produce", outcome: "refused", target, details: { key, reason } });
    throw new ForbiddenError(`Not allowed: ${reason}`);
  }
  await deps.withAdmin((admin) => requireTopic(admin, topic));
  return deps.db.transaction(async (tx) => {
    // Raw on purpose: an admin's test record to any topic, outside the topic contracts.
    const position = await deps.producer.publishOne(topic, messageRecord(input));
    await recordAudit(tx, { actor, action: "stream.produce", target, details: { key, internal, ...position } });
    return position;
  });
}
