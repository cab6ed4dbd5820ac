import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** The requests that create jobs: what a flood of work consists of, and what may be shed. */
const CREATION_PATHS = new Set(["/api/workflows", "/api/tasks"]);

const isCreation = (request: Pick<IncomingMessage, "method" | "url">) =>
  request.method === "POST" && CREATION_PATHS.has((request.url ?? "").split("?")[0]!.replace(/\/$/, ""));

/**
 * Bounds the creation requests one web process holds, from arrival until the answer is sent, and
 * refuses the rest before Next.js reads them. The creation gate inside the routes bounds the work
 * itself, but a request reaches it only after it was routed, authenticated and its body read and
 * parsed, and a process past its CPU's capacity falls behind on exactly that: requests would queue
 * in front of the gate, unbounded, until clients gave up without knowing whether their job exists.
 * Refused here, an excess request costs a fraction of a millisecond.
 */
export class CreationLoad {
  private held = 0;

  constructor(private readonly maxHeld: number) {}

  /** Whether the request may go on; a creation admitted is counted until its response closes. */
  admit(request: Pick<IncomingMessage, "method" | "url">, response: { once(event: "close", listener: () => void): unknown }): boolean {
    if (!isCreation(request)) return true;
    if (this.held >= this.maxHeld) return false;
    this.held++;
    response.once("close", () => this.held--);
    return true;
  }
}

/**
 * The API's own 503 (see error-response.ts), written without Next.js. The body is drained unread
 * first: answering while the client still sends it would reset the connection under its feet.
 */
export function answerBusy(request: IncomingMessage, response: ServerResponse) {
  const requestId = randomUUID();
  request.once("end", () => {
    response.writeHead(503, { "content-type": "application/json", "retry-after": "1", "x-request-id": requestId });
    response.end(JSON.stringify({ error: { code: "unavailable", message: "The server is busy; retry shortly", requestId } }));
  });
  request.resume();
}
