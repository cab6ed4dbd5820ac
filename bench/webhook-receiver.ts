import { once } from "node:events";
import { Worker } from "node:worker_threads";

/**
 * The receiver's own thread: it answers 200 at once and counts deliveries by Idempotency-Key (the
 * notification task sends its task id there, the same on every attempt). On its own event loop, its
 * answers do not wait behind the load generator's, so a slow answer (which the worker would time
 * out and retry) is the system's, not the bench's.
 */
const RECEIVER_THREAD = `
const { createServer } = require("node:http");
const { parentPort } = require("node:worker_threads");
const deliveries = new Map();
let withoutKey = 0;
const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    const key = request.headers["idempotency-key"];
    if (typeof key === "string") deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
    else withoutKey++;
    response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
});
server.listen(0, "127.0.0.1", () => parentPort.postMessage({ port: server.address().port }));
parentPort.on("message", () => parentPort.postMessage({ deliveries: [...deliveries], withoutKey }));
`;

export type Deliveries = { deliveries: Map<string, number>; withoutKey: number };
export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/** A webhook receiver on this machine; `deliveries()` answers the counts so far. */
export async function startWebhookReceiver() {
  const thread = new Worker(RECEIVER_THREAD, { eval: true });
  const [{ port }] = (await once(thread, "message")) as [{ port: number }];
  return {
    url: `http://127.0.0.1:${port}/hook`,
    async deliveries(): Promise<Deliveries> {
      thread.postMessage("counts");
      const [counts] = (await once(thread, "message")) as [{ deliveries: [string, number][]; withoutKey: number }];
      return { deliveries: new Map(counts.deliveries), withoutKey: counts.withoutKey };
    },
    close: () => thread.terminate().then(() => undefined),
  };
}
