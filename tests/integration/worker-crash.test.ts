import { count, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { processedEvents } from "../../drizzle/schema";
import { testDb } from "./support/db";
import { createIsolatedTopics, testKafka } from "./support/kafka";
import { envelopes, produceEnvelopes } from "./support/publish";
import { isolatedEnv } from "./support/test-env";
import { waitFor } from "./support/wait-for";
import { startWorker } from "./support/worker-process";

const isolated = isolatedEnv("crash");
const { db, pool } = testDb();
afterAll(() => pool.end());

const TOTAL = 20_000;
const KILLS = 3;

describe("worker killed with SIGKILL mid-stream", () => {
  it("loses nothing and duplicates nothing after restarts", async () => {
    const items = envelopes(TOTAL);
    const key = items[0]!.key;
    await createIsolatedTopics(isolated);
    const producer = testKafka(isolated.brokers).producer();
    await producer.connect();
    // Many small sends spread the records over partitions and batches, like live traffic.
    for (let start = 0; start < TOTAL; start += 500) {
      await produceEnvelopes(producer, isolated.topics.events, items.slice(start, start + 500));
    }
    await producer.disconnect();

    const applied = async () =>
      (await db.select({ n: count() }).from(processedEvents).where(eq(processedEvents.key, key)))[0]!.n;

    // Killed again and again, each time at a random point of its own slice of the stream.
    for (let kill = 0; kill < KILLS; kill++) {
      const worker = await startWorker(isolated);
      const target = Math.max(1, Math.floor(((kill + Math.random()) / (KILLS + 1)) * TOTAL));
      await waitFor(`${target} events applied`, async () => ((await applied()) >= target ? true : undefined), { everyMs: 5, timeoutMs: 60_000 });
      worker.child.kill("SIGKILL");
      await worker.exited;
    }
    expect(await applied()).toBeLessThan(TOTAL);

    const last = await startWorker(isolated);
    await waitFor("every event applied", async () => ((await applied()) >= TOTAL ? true : undefined), { timeoutMs: 60_000 });
    last.child.kill("SIGTERM");
    await last.exited;

    const [stats] = await db
      .select({ rows: count(), distinct: sql<number>`count(distinct ${processedEvents.eventId})::int` })
      .from(processedEvents)
      .where(eq(processedEvents.key, key));
    expect(stats).toEqual({ rows: TOTAL, distinct: TOTAL });
    // The last worker redid the uncommitted tail: it logged duplicates it skipped or none at all.
    expect(last.logs()).not.toMatch(/"level":"(error|fatal)"/);
  });
});
