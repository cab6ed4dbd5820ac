import type pg from "pg";
import { endToEndPercentiles, sendAtRate } from "./open-loop";

/** End-to-end latency of live traffic at a fixed rate. */
export async function measureEndToEnd(baseUrl: string, pool: pg.Pool, ratePerSecond: number, durationSeconds: number) {
  const sent = await sendAtRate(baseUrl, ratePerSecond, durationSeconds);
  return { ...sent, ...(await endToEndPercentiles(pool, sent.key, sent.accepted)) };
}
