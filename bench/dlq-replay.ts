import { randomUUID } from "node:crypto";
import type { Kafka } from "kafkajs";
import type pg from "pg";
import type { BenchClient } from "./bench-client";
import { endToEndPercentiles, eventPosts, sendAtRate } from "./open-loop";

async function waitForPendingLetters(pool: pg.Pool, key: string, count: number) {
  for (let waited = 0; waited < 180_000; waited += 200) {
    const { rows } = await pool.query("select count(*)::int as n from dead_letters where key = $1 and status = 'pending'", [key]);
    if (rows[0].n >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the worker did not dead-letter ${count} records in time`);
}

/**
 * Dead-letters `count` malformed records, then replays them all with one bulk request while live
 * events keep arriving at `liveRate`; reports how long the replay took and the live events'
 * end-to-end latency meanwhile.
 */
export async function measureDlqReplay(options: {
  client: BenchClient;
  pool: pg.Pool;
  kafka: Kafka;
  topic: string;
  count: number;
  liveRate: number;
}) {
  const key = `dlq-bench-${randomUUID()}`;
  const producer = options.kafka.producer();
  await producer.connect();
  for (let start = 0; start < options.count; start += 1000) {
    const messages = Array.from({ length: Math.min(1000, options.count - start) }, (_, index) => ({
      key,
      value: `not json ${start + index}`,
    }));
    await producer.send({ topic: options.topic, acks: -1, messages });
  }
  await producer.disconnect();
  await waitForPendingLetters(options.pool, key, options.count);

  const started = Date.now();
  const { client } = options;
  const replay = fetch(`${client.baseUrl}/api/dlq/replay`, {
    method: "POST",
    headers: { "content-type": "application/json", ...client.sessionHeaders },
    body: JSON.stringify({ filter: { key } }),
  }).then(async (response) => ({ body: (await response.json()) as { replayed: number }, seconds: (Date.now() - started) / 1000 }));
  const liveSeconds = Math.ceil(options.count / 500);
  const posts = eventPosts();
  const live = await sendAtRate(client, options.liveRate, liveSeconds, posts);
  const { body, seconds } = await replay;
  return { replayed: body.replayed, seconds, live: await endToEndPercentiles(options.pool, posts.key, live.accepted) };
}
