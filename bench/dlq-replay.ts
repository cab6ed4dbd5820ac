import { randomUUID } from "node:crypto";
import type { Kafka } from "kafkajs";
import type pg from "pg";
import type { BenchClient } from "./bench-client";
import { endToEndPercentiles, eventPosts, sendAtRate } from "./open-loop";
import type { Row } from "./report";

/** Live traffic while nothing else runs, long enough for a steady p99 (1,000 events at 100/s). */
const IDLE_SECONDS = 10;
/** Live traffic stops here even if the replay has not answered; the replay has failed its target long before. */
const MAX_LIVE_SECONDS = 120;

async function waitForPendingLetters(pool: pg.Pool, key: string, count: number) {
  for (let waited = 0; waited < 180_000; waited += 200) {
    const { rows } = await pool.query("select count(*)::int as n from dead_letters where key = $1 and status = 'pending'", [key]);
    if (rows[0].n >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the worker did not dead-letter ${count} records in time`);
}

async function deadLetter(kafka: Kafka, topic: string, key: string, count: number) {
  const producer = kafka.producer();
  await producer.connect();
  for (let start = 0; start < count; start += 1000) {
    const messages = Array.from({ length: Math.min(1000, count - start) }, (_, index) => ({ key, value: `not json ${start + index}` }));
    await producer.send({ topic, acks: -1, messages });
  }
  await producer.disconnect();
}

/** The operator's bulk replay of every letter of `key`: one request, answered once all are replayed. */
async function bulkReplay({ baseUrl, sessionHeaders }: BenchClient, key: string) {
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  try {
    const response = await fetch(`${baseUrl}/api/dlq/replay`, {
      method: "POST",
      headers: { "content-type": "application/json", ...sessionHeaders },
      body: JSON.stringify({ filter: { key } }),
    });
    const body = (await response.json()) as { replayed?: number };
    return { status: String(response.status), replayed: body.replayed ?? 0, seconds: seconds() };
  } catch (error) {
    return { status: `no answer (${(error as Error).message})`, replayed: 0, seconds: seconds() };
  }
}

/**
 * Dead-letters `count` malformed records, measures live events' end-to-end p99 at `liveRate` with
 * nothing else running, then replays all the letters with one bulk request (paced by the web app's
 * DLQ_REPLAY_PER_SECOND, `perSecond` here) while live events keep arriving at the same rate until it
 * answers: the replay's duration, and the live p99 during it against the idle one.
 */
export async function measureDlqReplay(options: {
  client: BenchClient;
  pool: pg.Pool;
  kafka: Kafka;
  topic: string;
  count: number;
  liveRate: number;
  perSecond: number;
}): Promise<Row[]> {
  const { client, pool, count, liveRate } = options;
  const key = `dlq-bench-${randomUUID()}`;
  await deadLetter(options.kafka, options.topic, key, count);
  await waitForPendingLetters(pool, key, count);

  const idlePosts = eventPosts();
  const idleLive = await sendAtRate(client, liveRate, IDLE_SECONDS, idlePosts);
  const idle = await endToEndPercentiles(pool, idlePosts.key, idleLive.accepted);

  const replayDone = new AbortController();
  const replay = bulkReplay(client, key).finally(() => replayDone.abort());
  const posts = eventPosts();
  const duringLive = await sendAtRate(client, liveRate, MAX_LIVE_SECONDS, posts, replayDone.signal);
  const { status, replayed, seconds } = await replay;
  const during = await endToEndPercentiles(pool, posts.key, duringLive.accepted);
  return [
    {
      metric: `bulk replay of ${count.toLocaleString("en")} dead letters (at most ${options.perSecond}/s)`,
      value: replayed === count ? seconds : Number.NaN,
      unit: "s",
      maximum: 30,
      detail: `answered ${status} after ${seconds.toFixed(1)} s, replayed ${replayed}`,
    },
    { metric: `live end-to-end p99 at ${liveRate}/s, idle`, value: idle.p99, unit: "ms", detail: `${idle.processed} events` },
    { metric: `live end-to-end p99 at ${liveRate}/s, during the replay`, value: during.p99, unit: "ms", baseline: idle.p99, maxRatio: 2, detail: `${during.processed} events` },
  ];
}
