import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import kafkajs from "kafkajs";
import { e2eEnv } from "../e2e-env";

const { Kafka, logLevel } = kafkajs;

test("the topic list keeps working after a topic it has shown is deleted", async ({ request }) => {
  const admin = new Kafka({ clientId: "e2e-topics", brokers: ["127.0.0.1:9092"], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const topic = `${e2eEnv().topicPrefix}doomed-${randomUUID().slice(0, 8)}`;
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    const before = await request.get("/api/streams");
    expect(before.status()).toBe(200);
    expect(((await before.json()) as { items: { topic: string }[] }).items.map((item) => item.topic)).toContain(topic);

    await admin.deleteTopics({ topics: [topic] });
    await expect
      .poll(async () => {
        const after = await request.get("/api/streams");
        return after.status() === 200 && !((await after.json()) as { items: { topic: string }[] }).items.some((item) => item.topic === topic);
      }, { timeout: 20_000 })
      .toBe(true);
  } finally {
    await admin.disconnect();
  }
});
