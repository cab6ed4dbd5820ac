import { readFileSync } from "node:fs";
import path from "node:path";
import kafkajs from "kafkajs";
import { afterAll, describe, expect, it } from "vitest";
import { ensureTopics } from "../../lib/kafka/ensure-topics";
import { topicDefinitions } from "../../lib/topics";
import { readTopic, testKafka } from "./support/kafka";
import { isolatedEnv } from "./support/test-env";

const isolated = isolatedEnv("broker");
const kafka = testKafka(isolated.brokers);
const admin = kafka.admin();

afterAll(() => admin.disconnect());

/** kafkajs 2.2 predates Kafka 3.x; this proves every protocol call StreamOps makes works on our broker. */
describe("kafkajs against the local broker", () => {
  it("runs the Kafka version the local set-up pins (3.9.x)", async () => {
    const pom = readFileSync(path.resolve(import.meta.dirname, "../../scripts/kafka/pom.xml"), "utf8");
    expect(pom).toMatch(/<kafka\.version>3\.9\.\d+<\/kafka\.version>/);
    await admin.connect();
    const cluster = await admin.describeCluster();
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: kafkajs.ConfigResourceTypes.BROKER, name: String(cluster.controller ?? cluster.brokers[0]!.nodeId) }],
    });
    const protocol = resources[0]!.configEntries.find((entry) => entry.configName === "inter.broker.protocol.version");
    expect(protocol?.configValue).toMatch(/^3\.9/);
  });

  it("creates topics, produces with acks=all, consumes in a group and reads offsets", async () => {
    const created = await ensureTopics(admin, topicDefinitions({ ...isolated.env, KAFKA_EVENTS_PARTITIONS: 3 }));
    const { workflowSteps, ...singles } = isolated.topics;
    expect(created.sort()).toEqual([...Object.values(singles), ...Object.values(workflowSteps)].sort());
    expect(await ensureTopics(admin, topicDefinitions({ ...isolated.env, KAFKA_EVENTS_PARTITIONS: 3 }))).toEqual([]);

    const producer = kafka.producer();
    await producer.connect();
    const messages = Array.from({ length: 30 }, (_, index) => ({ key: `k${index % 5}`, value: `v${index}` }));
    await producer.send({ topic: isolated.topics.events, acks: -1, messages });
    await producer.disconnect();

    const records = await readTopic(kafka, isolated.topics.events, messages.length);
    expect(records.map((record) => record.value!.toString()).sort()).toEqual(messages.map((m) => m.value).sort());

    const offsets = await admin.fetchTopicOffsets(isolated.topics.events);
    expect(offsets).toHaveLength(3);
    expect(offsets.reduce((sum, partition) => sum + Number(partition.high), 0)).toBe(messages.length);
    const groups = await admin.listGroups();
    expect(groups.groups.length).toBeGreaterThan(0);
  });
});
