import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { BenchClient } from "./bench-client";

export type Post = { path: string; body: (n: number) => unknown; acceptedStatus: number };

/** One event per request, all with the same fresh key; `key` says which. */
export const eventPosts = (key = `rate-${randomUUID()}`): Post & { key: string } => ({
  key,
  path: "/api/events",
  body: (n) => ({ eventType: "bench.latency", key, payload: { n } }),
  acceptedStatus: 202,
});

/**
 * Open-loop load at a fixed rate: requests go out on schedule whether or not earlier ones have
 * answered, as independent clients would send them.
 */
export async function sendAtRate({ baseUrl, keyHeaders }: BenchClient, ratePerSecond: number, durationSeconds: number, post: Post) {
  const tickMs = 10;
  const perTick = (ratePerSecond * tickMs) / 1000;
  const total = ratePerSecond * durationSeconds;
  const requests: Promise<Response>[] = [];
  const started = Date.now();
  while (requests.length < total) {
    const due = Math.min(total, Math.floor(((Date.now() - started) / tickMs + 1) * perTick));
    while (requests.length < due) {
      requests.push(
        fetch(`${baseUrl}${post.path}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...keyHeaders },
          body: JSON.stringify(post.body(requests.length)),
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, tickMs));
  }
  const achievedRate = total / ((Date.now() - started) / 1000);
  const answers = await Promise.all(requests);
  return { sent: total, accepted: answers.filter((answer) => answer.status === post.acceptedStatus).length, achievedRate };
}

/** Accepted → processed latency of one key's events: Kafka's record time to the row's insert. */
export async function endToEndPercentiles(pool: pg.Pool, key: string, expected: number) {
  for (let waited = 0; waited < 30_000; waited += 100) {
    const { rows } = await pool.query("select count(*)::int as n from processed_events where key = $1", [key]);
    if (rows[0].n >= expected) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { rows } = await pool.query(
    `select percentile_cont(array[0.5, 0.95, 0.99]) within group (order by extract(epoch from processed_at - accepted_at) * 1000) as p,
            count(*)::int as n
       from processed_events where key = $1`,
    [key],
  );
  const [p50, p95, p99] = rows[0].p as number[];
  return { processed: rows[0].n as number, p50: p50!, p95: p95!, p99: p99! };
}
