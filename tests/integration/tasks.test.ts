import { eq } from "drizzle-orm";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadLetters, processedEvents } from "../../drizzle/schema";
import { replayDeadLetter } from "../../lib/dead-letters";
import { getTaskFile, readTaskFileChunks } from "../../lib/tasks";
import { jobClient } from "./support/jobs";
import { createIsolatedTopics, testKafka } from "./support/kafka";
import { envelopes, produceEnvelopes } from "./support/publish";
import { startReceiver } from "./support/receiver";
import { isolatedEnv } from "./support/test-env";
import { waitFor } from "./support/wait-for";
import { startWorker, type WorkerProcess } from "./support/worker-process";
import { testActor } from "./support/test-actor";

const isolated = isolatedEnv("tasks");
const client = jobClient(isolated);
const { db } = client;
const mails: { from: string; to: string[]; data: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString()));
    stream.on("end", () => {
      const envelope = session.envelope;
      mails.push({ from: envelope.mailFrom ? envelope.mailFrom.address : "", to: envelope.rcptTo.map((rcpt) => rcpt.address), data });
      callback();
    });
  },
});
let worker: WorkerProcess;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  worker = await startWorker(isolated, {
    HTTP_ALLOWED_HOSTS: "127.0.0.1",
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    EMAIL_FROM: "alerts@streamops.test",
    EMAIL_ALLOWED_DOMAINS: "example.com",
  });
});
afterAll(async () => {
  worker.child.kill("SIGTERM");
  await new Promise<void>((resolve) => smtp.close(resolve));
});

describe("tasks", () => {
  it("renders an email and sends it through SMTP, from the configured sender", async () => {
    const { taskId, status } = await client.createTask({
      type: "email",
      data: { to: "ada@example.com", subject: "Welcome {{name}}", text: "Hello {{name}}!", variables: { name: "Ada" } },
    });
    expect(status).toBe("queued");
    const task = await client.taskIn(taskId, ["completed"]);
    expect(task.result).toMatchObject({ delivered: true, email: { subject: "Welcome Ada", text: "Hello Ada!" } });
    const mail = mails.find((one) => one.data.includes(`${taskId}@streamops`));
    expect(mail).toMatchObject({ from: "alerts@streamops.test", to: ["ada@example.com"] });
    expect(task.result).toMatchObject({ email: { from: "alerts@streamops.test" } });
    expect(mail!.data).toContain("Subject: Welcome Ada");
  });

  it("refuses, before sending, an email to a domain outside the worker's EMAIL_ALLOWED_DOMAINS", async () => {
    // Accepted where no allowlist applied (as when the list narrowed after the task was queued).
    const { taskId } = await client.createTask({ type: "email", maxRetries: 3, data: { to: ["ok@example.com", "eve@elsewhere.test"], subject: "s", text: "t" } });

    const task = await client.taskIn(taskId, ["failed"]);

    expect(task.attempts).toBe(1);
    expect(task.error).toContain("recipients outside EMAIL_ALLOWED_DOMAINS: eve@elsewhere.test");
    expect(mails.some((one) => one.data.includes(`${taskId}@streamops`))).toBe(false);
  });

  it("posts a notification to its webhook with the task id as idempotency key", async () => {
    const receiver = await startReceiver(200);
    const { taskId } = await client.createTask({ type: "notification", data: { url: receiver.url("/hook"), payload: { alert: "disk full" } } });
    const task = await client.taskIn(taskId, ["completed"]);
    expect(task.result).toEqual({ response: { status: 200, body: { ok: true } } });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]).toMatchObject({ path: "/hook", body: { alert: "disk full" } });
    expect(receiver.received[0]!.headers["idempotency-key"]).toBe(taskId);
  });

  it("exports the processed events matching a filter as CSV and as JSON", async () => {
    await createIsolatedTopics(isolated);
    const items = envelopes(25);
    const key = items[0]!.key;
    const producer = testKafka(isolated.brokers).producer();
    await producer.connect();
    await produceEnvelopes(producer, isolated.topics.events, items);
    await producer.disconnect();
    await waitFor("events processed", async () => {
      const rows = await db.select({ id: processedEvents.eventId }).from(processedEvents).where(eq(processedEvents.key, key));
      return rows.length === items.length ? true : undefined;
    });

    const csv = await client.createTask({ type: "export", data: { filter: { key }, format: "csv" } });
    const json = await client.createTask({ type: "export", data: { filter: { key }, format: "json" } });
    expect((await client.taskIn(csv.taskId, ["completed"])).result).toMatchObject({ rowCount: 25, truncated: false });
    await client.taskIn(json.taskId, ["completed"]);

    const fileText = async (taskId: string) => {
      let text = "";
      for await (const chunk of readTaskFileChunks(db, await getTaskFile(db, taskId))) text += chunk;
      return text;
    };
    const lines = (await fileText(csv.taskId)).trim().split("\r\n");
    expect(lines[0]).toBe("eventId,eventType,key,source,timestamp,processedAt,payload");
    expect(lines.slice(1).map((line) => line.split(",")[0]).sort()).toEqual(items.map((item) => item.eventId).sort());
    expect((await getTaskFile(db, json.taskId)).contentType).toBe("application/json");
    expect((JSON.parse(await fileText(json.taskId)) as { key: string }[]).map((event) => event.key)).toEqual(Array(25).fill(key));
  });

  it("retries a failing webhook, dead-letters the task, and completes it when replayed", async () => {
    const receiver = await startReceiver(500);
    const { taskId } = await client.createTask({
      type: "notification",
      data: { url: receiver.url("/down"), payload: {} },
      maxRetries: 2,
      retry: { initialDelayMs: 50 },
    });
    const failed = await client.taskIn(taskId, ["failed"]);
    expect(failed.attempts).toBe(3);
    expect(failed.error).toMatch(/500/);
    const letter = await waitFor("the task's dead letter", async () => {
      const [row] = await db.select().from(deadLetters).where(eq(deadLetters.key, taskId));
      return row;
    });
    expect(letter).toMatchObject({ topic: isolated.topics.tasks, attempts: 3, status: "pending" });

    receiver.answer(200);
    await replayDeadLetter({ db, producer: client.deps.producer, maxReplays: 5 }, letter.id, {}, testActor);
    const completed = await client.taskIn(taskId, ["completed"]);
    expect(completed.attempts).toBe(4);
    expect(receiver.received).toHaveLength(4);
  });
});
