import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: unknown };

/** A string body is sent as plain text, anything else as JSON; `headers` are added to the answer's. */
export type Answer = { status: number; body: unknown; headers?: Record<string, string> };

/**
 * A webhook receiver inside the test process, on this machine (the e2e servers allow 127.0.0.1):
 * it records every request and answers as the test last told it to.
 */
export type HttpReceiver = {
  /** http://127.0.0.1:<port>; any path is accepted. */
  url: string;
  /** In arrival order. A job records its outcome only after the answer, so a finished job's calls are all here. */
  received: ReceivedRequest[];
  /** The next requests get these answers in turn; the last one is kept for all that follow. */
  answer: (...answers: [Answer, ...Answer[]]) => void;
  close: () => Promise<void>;
};

const parseBody = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export async function startHttpReceiver(initial: Answer = { status: 200, body: { ok: true } }): Promise<HttpReceiver> {
  const received: ReceivedRequest[] = [];
  let queue: Answer[] = [initial];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        method: request.method ?? "",
        path: request.url ?? "",
        headers: request.headers,
        body: parseBody(Buffer.concat(chunks).toString("utf8")),
      });
      const answer = queue.length > 1 ? queue.shift()! : queue[0]!;
      const text = typeof answer.body === "string";
      response.writeHead(answer.status, { "content-type": text ? "text/plain" : "application/json", ...answer.headers });
      response.end(text ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer: (...answers) => {
      queue = [...answers];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
