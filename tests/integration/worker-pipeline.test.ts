import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Producer } from "kafkajs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadLetters, processedEvents } from "../../drizzle/schema";
import { DLQ_HEADER } from "../../lib/topics/dead-letters";
import { testDb } from "./support/db";
import { readTopic, testKafka } from "./support/kafka";
import { envelopes, produceEnvelopes } from "./support/publish";
import { isolatedEnv } from "./support/test-env";
import { waitFor } from "./support/wait-for";
import { startWorker, type WorkerProcess } from "./support/worker-process";

const isolated = isolatedEnv("pipeline");
const kafka = testKafka(isolated.brokers);
const { db, pool } = testDb();
let producer: Producer;
let worker: WorkerProcess;

beforeAll(async () => {
  worker = await startWorker(isolated);
  producer = kafka.producer();
  await producer.connect();
});

afterAll(async () => {
  await producer.disconnect();
  await pool.end();
});

const rowsWithKey = (key: string) => db.select().from(processedEvents).where(eq(processedEvents.key, key));

async function waitForRows(key: string, count: number) {
  return waitFor(`${count} processed rows for ${key}`, async () => {
    const rows = await rowsWithKey(key);
    return rows.length >= count ? rows : undefined;
  });
}

describe("worker pipeline", () => {
  it("processes each produced event once, with its Kafka position and request id", async () => {
    const items = envelopes(50);
    await produceEnvelopes(producer, isolated.topics.events, items);
    const rows = await waitForRows(items[0]!.key, items.length);
    expect(rows.map((row) => row.eventId).sort()).toEqual(items.map((item) => item.eventId).sort());
    expect(rows[0]).toMatchObject({ topic: isolated.topics.events, requestId: `it-${rows[0]!.eventId}` });
  });

  it("stores an eventId once however often it arrives", async () => {
    const [event] = envelopes(1);
    const marker = envelopes(1, event!.key)[0]!;
    await produceEnvelopes(producer, isolated.topics.events, [event!, event!]);
    await produceEnvelopes(producer, isolated.topics.events, [event!, marker]);
    await waitFor("the marker after the duplicates", async () =>
      (await db.select().from(processedEvents).where(eq(processedEvents.eventId, marker.eventId))).length ? true : undefined,
    );
    expect(await rowsWithKey(event!.key)).toHaveLength(2);
  });

  it("dead-letters malformed records unchanged, with headers and rows, and goes on", async () => {
    const key = randomUUID();
    const bad = [
      { key, value: "{not json", errorClass: "MalformedJson" },
      { key, value: JSON.stringify({ eventType: "no.id" }), errorClass: "SchemaViolation" },
      { key, value: JSON.stringify({ ...envelopes(1, key)[0], payload: { text: "nul \u0000 inside" } }), errorClass: "DatabaseRejected" },
    ];
    await producer.send({
      topic: isolated.topics.events,
      acks: -1,
      messages: bad.map(({ key: k, value }) => ({ key: k, value, headers: { "request-id": "bad-one" } })),
    });
    const later = envelopes(3, key);
    await produceEnvelopes(producer, isolated.topics.events, later);

    await waitForRows(key, later.length);
    const letters = await readTopic(kafka, isolated.topics.deadLetters, bad.length);
    const byValue = new Map(letters.map((letter) => [letter.value!.toString(), letter]));
    for (const { value, errorClass } of bad) {
      const letter = byValue.get(value);
      expect(letter, `dead letter for ${value}`).toBeDefined();
      expect(letter!.key!.toString()).toBe(key);
      expect(letter!.headers![DLQ_HEADER.originalTopic]!.toString()).toBe(isolated.topics.events);
      expect(letter!.headers![DLQ_HEADER.errorClass]!.toString()).toBe(errorClass);
      expect(letter!.headers![DLQ_HEADER.errorMessage]!.toString()).not.toBe("");
      expect(letter!.headers!["request-id"]!.toString()).toBe("bad-one");
      expect(Number(letter!.headers![DLQ_HEADER.originalOffset]!.toString())).toBeGreaterThanOrEqual(0);
    }
    const rows = await db.select().from(deadLetters).where(eq(deadLetters.key, key));
    expect(rows.map((row) => row.errorClass).sort()).toEqual(bad.map((item) => item.errorClass).sort());
    expect(rows.every((row) => row.status === "pending" && row.topic === isolated.topics.events)).toBe(true);
    const stored = await db.select().from(processedEvents).where(inArray(processedEvents.eventId, later.map((e) => e.eventId)));
    expect(stored).toHaveLength(later.length);
  });

  it("stops within 10 s on SIGTERM, exiting cleanly", async () => {
    const started = Date.now();
    worker.child.kill("SIGTERM");
    const { code } = await worker.exited;
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
