import { route } from "@/lib/http/route";
import { limitConcurrency } from "@/lib/server/concurrency-limits";
import { liveHub } from "@/lib/server/live";

export const dynamic = "force-dynamic";

/** Proxies and load balancers drop a silent connection; a comment line every 15 s keeps it open. */
const KEEP_ALIVE_MS = 15_000;

/**
 * Server-Sent Events: one `change` event per topic that changed (coalesced), for the dashboard's
 * live updates. Each open stream holds one of the caller's live slots until it closes.
 */
export const GET = route(
  "read",
  limitConcurrency("live", async (request) => {
    const encoder = new TextEncoder();
    let stop = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (text: string) => controller.enqueue(encoder.encode(text));
        send("retry: 3000\n\n");
        const unsubscribe = liveHub().subscribe((change) => send(`event: change\ndata: ${JSON.stringify(change)}\n\n`));
        const keepAlive = setInterval(() => send(": keep-alive\n\n"), KEEP_ALIVE_MS);
        stop = () => {
          unsubscribe();
          clearInterval(keepAlive);
        };
        request.signal.addEventListener("abort", () => {
          stop();
          controller.close();
        });
      },
      cancel: () => stop(),
    });
    return new Response(stream, {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
    });
  }),
);
