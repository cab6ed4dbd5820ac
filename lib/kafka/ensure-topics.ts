import kafkajs, { type Admin, type ITopicConfig } from "kafkajs";

// kafkajs is CommonJS and Node's ESM loader cannot see this export by name.
const { ConfigResourceTypes } = kafkajs;

/**
 * Creates the topics that are missing and sets the configuration StreamOps owns on the ones that
 * exist, so a topic created by an older version gets today's limits. Partition counts of existing
 * topics are left alone: changing them would move keys between partitions.
 */
export async function ensureTopics(admin: Admin, topics: ITopicConfig[]): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((topic) => !existing.has(topic.topic));
  if (missing.length > 0) await admin.createTopics({ topics: missing, waitForLeaders: true });
  const present = topics.filter((topic) => existing.has(topic.topic) && topic.configEntries?.length);
  if (present.length > 0) {
    await admin.alterConfigs({
      validateOnly: false,
      resources: present.map((topic) => ({
        type: ConfigResourceTypes.TOPIC,
        name: topic.topic,
        configEntries: topic.configEntries!,
      })),
    });
  }
  return missing.map((topic) => topic.topic);
}
