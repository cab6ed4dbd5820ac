import type pg from "pg";
import type { BenchClient } from "./bench-client";
import { endToEndPercentiles, eventPosts, sendAtRate } from "./open-loop";

/** End-to-end latency of live traffic at a fixed rate. */
export async function measureEndToEnd(client: BenchClient, pool: pg.Pool, ratePerSecond: number, durationSeconds: number) {
  const posts = eventPosts();
  const { sent, accepted, achievedRate } = await sendAtRate(client, ratePerSecond, durationSeconds, posts);
  return { sent, accepted, achievedRate, ...(await endToEndPercentiles(pool, posts.key, accepted)) };
}
