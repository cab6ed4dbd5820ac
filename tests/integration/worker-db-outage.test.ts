import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { deadLetters, processedEvents } from "../../drizzle/schema";
import { testDb } from "./support/db";
import { createIsolatedTopics, testKafka } from "./support/kafka";
import { envelopes, produceEnvelopes } from "./support/publish";
import { tcpProxy } from "./support/tcp-proxy";
import { isolatedEnv } from "./support/test-env";
import { waitFor } from "./support/wait-for";
import { startWorker } from "./support/worker-process";

const isolated = isolatedEnv("db-outage");
const { db, pool } = testDb();
afterAll(() => pool.end());

describe("a database outage under the worker", () => {
  it("is waited out with retries: nothing is dead-lettered and everything is applied afterwards", async () => {
    await createIsolatedTopics(isolated);
    const database = new URL(isolated.env.APP_DATABASE_URL);
    const proxy = await tcpProxy({ host: database.hostname, port: Number(database.port || 5432) });
    database.host = `127.0.0.1:${proxy.port}`;
    const worker = await startWorker(isolated, { APP_DATABASE_URL: database.toString() });

    const key = envelopes(1)[0]!.key;
    const before = envelopes(20, key);
    const during = envelopes(200, key);
    const producer = testKafka(isolated.brokers).producer();
    await producer.connect();
    await produceEnvelopes(producer, isolated.topics.events, before);
    const rows = async () => (await db.select().from(processedEvents).where(eq(processedEvents.key, key))).length;
    await waitFor("the first events applied", async () => ((await rows()) === before.length ? true : undefined));

    await proxy.cut();
    await produceEnvelopes(producer, isolated.topics.events, during);
    await waitFor("the worker to retry", async () => (/apply batch failed, retrying/.test(worker.logs()) ? true : undefined)).catch((error: unknown) => {
      console.log(worker.logs().slice(-6000));
      throw error;
    });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await proxy.restore();

    await waitFor("every event applied", async () => ((await rows()) === before.length + during.length ? true : undefined), {
      timeoutMs: 60_000,
    });
    expect(await db.select().from(deadLetters).where(eq(deadLetters.key, key))).toEqual([]);
    expect(worker.child.exitCode, "the worker must ride out the outage, not crash").toBeNull();
    await producer.disconnect();
    worker.child.kill("SIGTERM");
    await worker.exited;
  });
});
