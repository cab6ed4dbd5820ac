import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../lib/api-keys";
import { systemActor } from "../../lib/auth/system-actor";
import { startWebApp, type OwnWebApp } from "../../e2e/support/web-process";
import { testDb } from "./support/db";
import { createIsolatedTopics, readTopic, removeIsolated, testKafka } from "./support/kafka";
import { tcpProxy } from "./support/tcp-proxy";
import { isolatedEnv } from "./support/test-env";

const isolated = isolatedEnv("web-db-outage");
const { db, pool } = testDb();
let web: OwnWebApp | undefined;
afterAll(async () => {
  await web?.stop();
  await pool.end();
  await removeIsolated(isolated);
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

describe("a database outage under the web app", () => {
  it("keeps ingesting with keys verified before it, answers only 202 or 503 meanwhile, and loses nothing", async () => {
    await createIsolatedTopics(isolated);
    const database = new URL(isolated.env.APP_DATABASE_URL);
    const proxy = await tcpProxy({ host: database.hostname, port: Number(database.port || 5432) });
    database.host = `127.0.0.1:${proxy.port}`;
    const { token } = await createApiKey(db, { name: "outage producer", scopes: ["events:write"] }, systemActor("integration-test"));
    web = await startWebApp(await freePort(), { ...isolated.env, APP_DATABASE_URL: database.toString() });

    const accepted: string[] = [];
    const post = async (n: number) => {
      const response = await fetch(`${web!.baseUrl}/api/events`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ eventType: "outage.test", key: `k-${n % 7}`, payload: { n } }),
        signal: AbortSignal.timeout(15_000),
      });
      if (response.status === 202) accepted.push(((await response.json()) as { eventId: string }).eventId);
      return { status: response.status, retryAfter: response.headers.get("retry-after") };
    };
    // Once the web app listens for revocations, a verified key is remembered.
    for (let n = 0; n < 10; n++) {
      expect((await post(n)).status).toBe(202);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    await proxy.cut();
    const during = [];
    for (let n = 0; n < 100; n++) during.push(await post(1000 + n));
    await proxy.restore();

    expect(during.filter((answer) => answer.status !== 202 && !(answer.status === 503 && answer.retryAfter))).toEqual([]);
    expect(during.filter((answer) => answer.status === 202).length, "a key verified before the outage keeps ingesting").toBe(100);
    const records = await readTopic(testKafka(isolated.brokers), isolated.topics.events, accepted.length);
    const published = new Set(records.map((record) => JSON.parse(record.value!.toString()).eventId as string));
    expect(accepted.filter((eventId) => !published.has(eventId))).toEqual([]);
  });
});
