import { randomUUID } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UnavailableError } from "../../lib/errors";
import { createEventProducer } from "../../lib/kafka/event-producer";
import { createLogger } from "../../lib/log";
import { createIsolatedTopics, readTopic, testKafka } from "./support/kafka";
import { isolatedEnv } from "./support/test-env";

const isolated = isolatedEnv("producer");
const kafka = testKafka(isolated.brokers);
const logger = createLogger("tests", "silent");

beforeAll(() => createIsolatedTopics(isolated));

/**
 * The producer settings (acks=all, no kafkajs idempotence, one request in flight) are chosen by
 * this test: thousands of concurrent publishes must all be in the topic, none twice.
 */
describe("event producer against the real broker", () => {
  const producer = createEventProducer({ kafka, timeoutMs: 10_000, logger });
  afterAll(() => producer.disconnect());

  it("delivers every one of many concurrent publishes exactly once", async () => {
    const values = Array.from({ length: 3000 }, () => randomUUID());
    await Promise.all(values.map((value) => producer.publish(isolated.topics.events, [{ key: value.slice(0, 4), value }])));

    const records = await readTopic(kafka, isolated.topics.events, values.length);
    const seen = records.map((record) => record.value!.toString());
    expect(seen).toHaveLength(values.length);
    expect(new Set(seen)).toEqual(new Set(values));
  });

  it("keeps the order of one key's records", async () => {
    const key = randomUUID();
    const values = Array.from({ length: 200 }, (_, index) => `${key}:${index}`);
    await Promise.all(values.map((value) => producer.publish(isolated.topics.deadLetters, [{ key, value }])));
    const records = await readTopic(kafka, isolated.topics.deadLetters, values.length);
    expect(records.map((record) => record.value!.toString())).toEqual(values);
  });
});

describe("event producer without a broker", () => {
  it("fails with UnavailableError within its timeout when nothing listens", async () => {
    const unreachable = createEventProducer({ kafka: testKafka(["127.0.0.1:1"]), timeoutMs: 1500, logger });
    const started = Date.now();
    await expect(unreachable.publish("any", [{ value: "x" }])).rejects.toBeInstanceOf(UnavailableError);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("fails with UnavailableError within its timeout when the broker accepts but never answers", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const hung = createEventProducer({ kafka: testKafka([`127.0.0.1:${port}`]), timeoutMs: 1500, logger });
    const started = Date.now();
    await expect(hung.publish("any", [{ value: "x" }])).rejects.toBeInstanceOf(UnavailableError);
    expect(Date.now() - started).toBeLessThan(3000);
    silent.close();
  });
});
