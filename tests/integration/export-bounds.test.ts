import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { taskFileChunks } from "../../drizzle/schema";
import { exportTask } from "../../lib/tasks/handlers/export";
import { getTaskFile, readTaskFileChunks } from "../../lib/tasks";
import { jobClient } from "./support/jobs";
import { isolatedEnv } from "./support/test-env";
import { startWorker, type WorkerProcess } from "./support/worker-process";

/*
 * A worker whose heap is far smaller than the file it exports: it can only finish by holding a page
 * of events and a chunk at a time, never the file.
 */
const HEAP_MB = 96;
const EVENTS = 1200;
const FILLER_BYTES = 100_000;
const CHUNK_BYTES = 256 * 1024;
const limits = { EXPORT_PAGE_ROWS: "10", EXPORT_CHUNK_BYTES: String(CHUNK_BYTES), EXPORT_MAX_BYTES: String(512 * 1024 * 1024) };

const isolated = isolatedEnv("export-bounds");
const client = jobClient(isolated);
const { db } = client;
const key = `it-export-bounds-${crypto.randomUUID()}`;
let worker: WorkerProcess;

/** Large events written straight to the table (g = 1 is the newest), as the worker would have stored them. */
async function insertLargeEvents() {
  await db.execute(sql`
    insert into processed_events (event_id, event_type, key, source, payload, schema_version, occurred_at, accepted_at, topic, partition, "offset")
    select gen_random_uuid(), 'it.export.large', ${key}, 'it', jsonb_build_object('n', g, 'filler', repeat('x', ${FILLER_BYTES})), 1,
           now() - g * interval '1 ms', now(), 'it', 0, g
      from generate_series(1, ${EVENTS}) g`);
}

const chunkRows = async (taskId: string) =>
  (await db.select({ rows: count() }).from(taskFileChunks).where(eq(taskFileChunks.taskId, taskId)))[0]!.rows;

beforeAll(async () => {
  await insertLargeEvents();
  worker = await startWorker(isolated, { ...limits, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` });
});
afterAll(() => {
  worker.child.kill("SIGTERM");
});

describe("bounded exports", () => {
  it("exports a file many times the worker's heap, chunk by chunk, and reads it back in order", async () => {
    const { taskId } = await client.createTask({ type: "export", data: { filter: { key }, format: "csv" } });
    const task = await Promise.race([
      client.taskIn(taskId, ["completed", "failed"], 120_000),
      worker.exited.then(({ code, signal }) => {
        throw new Error(`worker exited (${code ?? signal}) during the export:\n${worker.logs().slice(-2000)}`);
      }),
    ]);
    expect(task.status).toBe("completed");
    const result = task.result as { rowCount: number; bytes: number; truncated: boolean };
    expect(result).toMatchObject({ rowCount: EVENTS, truncated: false });
    expect(result.bytes).toBeGreaterThan(EVENTS * FILLER_BYTES);
    expect(result.bytes).toBeGreaterThan(HEAP_MB * 1024 * 1024);

    const file = await getTaskFile(db, taskId);
    expect(file.chunkCount).toBeGreaterThanOrEqual(Math.floor(result.bytes / (CHUNK_BYTES + FILLER_BYTES * 2)));
    expect(await chunkRows(taskId)).toBe(file.chunkCount);

    let bytes = 0;
    let lines = 0;
    let carry = "";
    for await (const chunk of readTaskFileChunks(db, file)) {
      bytes += Buffer.byteLength(chunk);
      const parts = (carry + chunk).split("\r\n");
      carry = parts.pop()!;
      for (const line of parts) {
        if (lines > 0) expect(line).toContain(`{""n"":${lines},`);
        lines += 1;
      }
    }
    expect(carry).toBe("");
    expect(lines).toBe(EVENTS + 1);
    expect(bytes).toBe(result.bytes);
  });

  it("an attempt run again replaces its own chunks instead of adding to them", async () => {
    const { taskId } = await client.createTask({ type: "export", data: { filter: { key }, format: "json" } });
    await client.taskIn(taskId, ["completed"], 120_000);
    const file = await getTaskFile(db, taskId);
    const before = await chunkRows(taskId);

    const services = {
      db,
      sendHttp: () => Promise.reject(new Error("an export calls nobody")),
      email: { from: "unused@localhost", allowedDomains: [] },
      exportLimits: { maxRows: 100_000, maxBytes: 512 * 1024 * 1024, pageRows: 10, chunkBytes: CHUNK_BYTES } };
    const again = await exportTask.run({ taskId, attempt: file.attempt, services, signal: new AbortController().signal }, { filter: { key }, format: "json" });

    expect(again.file).toMatchObject({ chunkCount: file.chunkCount, bytes: file.bytes, rowCount: EVENTS });
    expect(await chunkRows(taskId)).toBe(before);
    const [first] = await db
      .select({ body: taskFileChunks.body })
      .from(taskFileChunks)
      .where(and(eq(taskFileChunks.taskId, taskId), eq(taskFileChunks.seq, 0)));
    expect(first!.body.startsWith("[{")).toBe(true);
  });
});
