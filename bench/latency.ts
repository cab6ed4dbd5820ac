import type pg from "pg";
import { endToEndPercentiles, eventPosts, sendAtRate } from "./open-loop";

/** End-to-end latency of live traffic at a fixed rate. */
export async function measureEndToEnd(baseUrl: string, pool: pg.Pool, ratePerSecond: number, durationSeconds: number) {
  const posts = eventPosts();
  const sent = await sendAtRate(baseUrl, ratePerSecond, durationSeconds, posts);
  return { ...sent, ...(await endToEndPercentiles(pool, posts.key, sent.accepted)) };
}
