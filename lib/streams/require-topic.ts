import type { Admin } from "kafkajs";
import { NotFoundError } from "../errors";
import { isInternalTopic } from "../kafka/topic-summaries";
import { topicNameSchema } from "./schemas";

/**
 * 404 for a name that is no topic of ours to show. Checked against the topic list first: nothing
 * here may ever create a topic, and kafkajs retries metadata requests for a missing one.
 */
export async function requireTopic(admin: Admin, topic: string): Promise<void> {
  const known = topicNameSchema.safeParse(topic).success && !isInternalTopic(topic) && (await admin.listTopics()).includes(topic);
  if (!known) throw new NotFoundError(`No topic ${topic}`);
}
