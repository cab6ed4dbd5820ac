import type { Admin } from "kafkajs";
import { summarizeTopics, type TopicSummary } from "../kafka/topic-summaries";
import { requireTopic } from "./require-topic";

/** One topic's partitions (leader, replicas, start and end offsets, retained messages), or 404. */
export async function getTopic(admin: Admin, topic: string): Promise<TopicSummary> {
  await requireTopic(admin, topic);
  const [summary] = await summarizeTopics(admin, [topic]);
  return summary!;
}
