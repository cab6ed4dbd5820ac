import type pg from "pg";
import type { BenchClient } from "./bench-client";
import { endToEndPercentiles, eventPosts, sendAtRate } from "./open-loop";

/** End-to-end latency of live traffic at a fixed rate. */
export async function measureEndToEnd(client: BenchClient, pool: pg.Pool, ratePerSecond: number, durationSeconds: number) {
  const posts = eventPosts();
  const sent = await sendAtRate(client, ratePerSecond, durationSeconds, posts);
  return { ...sent, ...(await endToEndPercentiles(pool, posts.key, sent.accepted)) };
}
