import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A webhook receiver in the bench process that counts deliveries by Idempotency-Key (the
 * notification task sends its task id there, the same on every attempt) and answers 200 at once.
 */
export async function startWebhookReceiver() {
  const deliveries = new Map<string, number>();
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
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    deliveries,
    withoutKey: () => withoutKey,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
