import { eq } from "drizzle-orm";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadLetters } from "../../drizzle/schema";
import { callHttp } from "../../lib/jobs/call-http";
import { NonRetryableError } from "../../lib/jobs/job-error";
import { parseCidr } from "../../lib/outbound/address-ranges";
import { outboundPolicy } from "../../lib/outbound/outbound-policy";
import { createOutboundClient, MAX_RESPONSE_BYTES } from "../../lib/outbound/send-outbound";
import { jobClient } from "./support/jobs";
import { isolatedEnv } from "./support/test-env";
import { waitFor } from "./support/wait-for";
import { startWorker, type WorkerProcess } from "./support/worker-process";

/** A receiver on loopback whose paths misbehave in the ways a hostile or broken endpoint would. */
const hits: string[] = [];
let bytesWrittenBeforeClose = 0;
const server = createServer((request, response) => {
  hits.push(request.url ?? "");
  request.resume();
  const routes: Record<string, (response: ServerResponse) => void> = {
    "/ok": (res) => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'),
    "/redirect": (res) => res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    "/huge": (res) => streamHuge(res),
    "/slow": (res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      const timer = setInterval(() => res.write("."), 100);
      res.on("close", () => clearInterval(timer));
    },
  };
  (routes[request.url ?? ""] ?? ((res: ServerResponse) => res.writeHead(404).end()))(response);
});

/** Writes up to 50 MiB in 64 KiB chunks, as fast as the reader takes them, and notes how much went out. */
function streamHuge(response: ServerResponse) {
  response.writeHead(200, { "content-type": "text/plain" });
  const chunk = Buffer.alloc(64 * 1024, "x");
  let written = 0;
  const pump = () => {
    while (written < 50 * 1024 * 1024 && !response.destroyed) {
      written += chunk.length;
      if (!response.write(chunk)) return void response.once("drain", pump);
    }
    response.end();
  };
  response.on("close", () => (bytesWrittenBeforeClose = written));
  pump();
}

let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const policy = (privateRanges: string[]) =>
  outboundPolicy({
    HTTP_ALLOWED_HOSTS: ["localhost", "127.0.0.1", "rebinding.test"],
    HTTP_ALLOWED_PORTS: [{ from: 1024, to: 65_535 }],
    HTTP_ALLOWED_PRIVATE_RANGES: privateRanges.map((range) => parseCidr(range)!),
  });
const openedUp = createOutboundClient(policy(["127.0.0.0/8", "::1/128"]));
const strict = createOutboundClient(policy([]));
const get = (path: string, timeoutMs = 5000, host = "127.0.0.1") => ({ url: `http://${host}:${port}${path}`, method: "GET", headers: {}, timeoutMs });
const never = new AbortController().signal;

describe("the outbound client", () => {
  it("reaches an opted-in loopback receiver, by address and by name", async () => {
    expect(await openedUp(get("/ok"), never)).toEqual({ status: 200, body: '{"ok":true}', truncated: false });
    expect(await openedUp(get("/ok", 5000, "localhost"), never)).toMatchObject({ status: 200 });
  });

  it("refuses a name that resolves to a blocked address, before connecting", async () => {
    const before = hits.length;
    await expect(strict(get("/ok", 5000, "localhost"), never)).rejects.toThrow(/localhost resolves to (127\.0\.0\.1|::1), which is in a blocked range \(loopback/);
    await expect(strict(get("/ok"), never)).rejects.toMatchObject({ name: "OutboundRefused" });
    expect(hits.length).toBe(before);
  });

  it("connects to the address it checked: a name re-pointed after the check (DNS rebinding) changes nothing", async () => {
    // A hostile name server: the loopback receiver (opted in here) first, the cloud metadata address after.
    const answers: string[] = [];
    const rebinding = createOutboundClient(policy(["127.0.0.0/8"]), async () => {
      const address = answers.length === 0 ? "127.0.0.1" : "169.254.169.254";
      answers.push(address);
      return [{ address, family: 4 }];
    });
    const before = hits.length;

    expect(await rebinding(get("/ok", 5000, "rebinding.test"), never)).toMatchObject({ status: 200 });
    expect(answers).toEqual(["127.0.0.1"]);
    expect(hits.slice(before)).toEqual(["/ok"]);
    // Asked again, the name leads to a blocked address: refused before any connection.
    await expect(rebinding(get("/ok", 5000, "rebinding.test"), never)).rejects.toThrow(/rebinding.test resolves to 169.254.169.254, which is in a blocked range \(link-local/);
  });

  it("refuses a name when any one of its addresses is blocked", async () => {
    const mixed = createOutboundClient(policy(["127.0.0.0/8"]), async () => [
      { address: "127.0.0.1", family: 4 },
      { address: "10.0.0.7", family: 4 },
    ]);
    await expect(mixed(get("/ok", 5000, "rebinding.test"), never)).rejects.toThrow(/resolves to 10.0.0.7, which is in a blocked range \(private/);
  });

  it("answers a redirect as it is, without following it", async () => {
    const before = hits.length;
    expect(await openedUp(get("/redirect"), never)).toMatchObject({ status: 302 });
    expect(hits.slice(before)).toEqual(["/redirect"]);
    const call = { url: `http://127.0.0.1:${port}/redirect`, method: "GET" as const, headers: {}, timeoutMs: 5000, idempotencyKey: "k" };
    await expect(callHttp(openedUp, call, never)).rejects.toThrow(NonRetryableError);
    await expect(callHttp(openedUp, call, never)).rejects.toThrow(/302: redirects are not followed/);
  });

  it("keeps only the first bytes of a huge answer and stops reading it", async () => {
    const answer = await openedUp(get("/huge"), never);
    expect(answer).toMatchObject({ status: 200, truncated: true });
    expect(answer.body.length).toBe(MAX_RESPONSE_BYTES);
    await waitFor("the receiver to see the connection closed", async () => (bytesWrittenBeforeClose > 0 ? true : undefined));
    // Socket buffers hold some megabytes at most; the 50 MiB were never asked for.
    expect(bytesWrittenBeforeClose).toBeLessThan(20 * 1024 * 1024);
  });

  it("gives up on an answer that trickles in past the time limit", async () => {
    const started = Date.now();
    await expect(openedUp(get("/slow", 700), never)).rejects.toThrow("no complete answer within 700 ms");
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe("a worker without opted-in ranges", () => {
  const isolated = isolatedEnv("outbound");
  const client = jobClient(isolated);
  let worker: WorkerProcess;
  beforeAll(async () => {
    worker = await startWorker(isolated, { HTTP_ALLOWED_HOSTS: "localhost", HTTP_ALLOWED_PRIVATE_RANGES: "" });
  });
  afterAll(() => worker.child.kill("SIGTERM"));

  it("fails an http step whose allowed host name resolves to loopback, at once and without calling it", async () => {
    const before = hits.length;
    const { workflowId } = await client.createWorkflow({
      name: "aims at loopback by name",
      retry: { maxRetries: 3, initialDelayMs: 10, maxDelayMs: 10 },
      steps: [{ type: "http", url: `http://localhost:${port}/ok` }],
    });

    const failed = await client.workflowIn(workflowId, ["failed"]);
    expect(failed.steps[0]).toMatchObject({ status: "failed", attempts: 1 });
    expect(failed.error).toMatch(/localhost resolves to .*blocked range \(loopback/);
    const letter = await waitFor("the step's dead letter", async () => {
      const [row] = await client.db.select().from(deadLetters).where(eq(deadLetters.key, workflowId));
      return row;
    });
    expect(letter.errorClass).toBe("OutboundRefused");
    expect(hits.length).toBe(before);
  });
});
