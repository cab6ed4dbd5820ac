import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UnavailableError } from "../../lib/errors";
import { ensureTopics } from "../../lib/kafka/ensure-topics";
import { createEventProducer } from "../../lib/kafka/event-producer";
import { topicDefinitions } from "../../lib/topics";
import { createLogger } from "../../lib/log";
import { readTopic, testKafka } from "./support/kafka";
import { privateBroker } from "./support/private-broker";
import { waitFor } from "./support/wait-for";

const broker = privateBroker(19092);
const kafka = testKafka([broker.address]);
const topic = "outage.events";
const producer = createEventProducer({ kafka, timeoutMs: 2000, logger: createLogger("tests", "silent") });

beforeAll(async () => {
  await broker.start();
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, topicDefinitions({ KAFKA_TOPIC_PREFIX: "outage.", KAFKA_EVENTS_PARTITIONS: 1 }));
  await admin.disconnect();
}, 120_000);

afterAll(async () => {
  await producer.disconnect().catch(() => {});
  await broker.remove();
}, 60_000);

describe("a broker that stops while the producer is connected", () => {
  it("fails publishes with UnavailableError in bounded time, then recovers when the broker returns", async () => {
    await producer.publish(topic, [{ key: "k", value: "before" }]);

    await broker.stop();
    const started = Date.now();
    await expect(producer.publish(topic, [{ key: "k", value: "during" }])).rejects.toBeInstanceOf(UnavailableError);
    expect(Date.now() - started).toBeLessThan(4000);

    await broker.start();
    await waitFor(
      "a publish to succeed after the restart",
      () => producer.publish(topic, [{ key: "k", value: "after" }]).then(() => true, () => undefined),
      { timeoutMs: 60_000, everyMs: 500 },
    );
    const values = (await readTopic(kafka, topic, 2)).map((record) => record.value!.toString());
    expect(values[0]).toBe("before");
    expect(values).toContain("after");
  }, 150_000);
});
