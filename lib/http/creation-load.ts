import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { UnavailableError } from "../errors";
import { renderError } from "./error-response";

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
 * The API's own 503, written without Next.js. The body is drained unread first (answering while the
 * client still sends it would reset the connection under its feet), but no further than the largest
 * body a route would read: past that the connection is dropped, as the route would refuse it anyway.
 */
export function answerBusy(request: IncomingMessage, response: ServerResponse, maxBodyBytes: number) {
  const requestId = randomUUID();
  const { status, body, headers } = renderError(new UnavailableError("The server is busy; retry shortly", 1), requestId);
  let drained = 0;
  request.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > maxBodyBytes) request.destroy();
  });
  request.once("end", () => {
    response.writeHead(status, { ...headers, "content-type": "application/json", "x-request-id": requestId });
    response.end(JSON.stringify(body));
  });
}
