import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";

export type Received = { at: number; path: string; headers: IncomingMessage["headers"]; body: unknown };

/**
 * An HTTP endpoint in the test process for the worker's http steps and webhooks to call. It
 * answers `status` (changeable mid-test, as when a broken dependency is mended) after `delayMs`,
 * and keeps every request.
 */
export async function startReceiver(initialStatus = 200, { delayMs = 0 } = {}) {
  const received: Received[] = [];
  let status = initialStatus;
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ at: Date.now(), path: request.url ?? "", headers: request.headers, body: body ? JSON.parse(body) : null });
      const answer = () => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ ok: status < 400 }));
      setTimeout(answer, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    answer: (next: number) => void (status = next),
  };
}
