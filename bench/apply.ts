import type { Admin, Kafka } from "kafkajs";
import type pg from "pg";
import { workerConfig } from "../worker/config";
import { startWorker } from "./processes";

async function lag(admin: Admin, groupId: string, topic: string): Promise<number> {
  const [ends, [committed]] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
  return ends.reduce((sum, end) => {
    const done = committed?.partitions.find((partition) => partition.partition === end.partition)?.offset ?? "-1";
    return sum + Number(end.high) - Math.max(0, Number(done));
  }, 0);
}

async function drain(admin: Admin, groupId: string, topic: string): Promise<number> {
  const started = Date.now();
  while ((await lag(admin, groupId, topic)) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  return (Date.now() - started) / 1000;
}

/** The real worker process draining the topic from the beginning. */
export async function measureWorkerApply(admin: Admin, env: Record<string, string>, topic: string, total: number) {
  const worker = await startWorker(env);
  const seconds = await drain(admin, env.KAFKA_CONSUMER_GROUP!, topic);
  return { worker, eventsPerSecond: total / seconds };
}

/**
 * The bare loop the worker is judged against: consume in batches, one multi-row insert per batch
 * (the same unnest statement the worker uses) into a table shaped like processed_events, with the
 * same indexes, then commit offsets. No validation, no dead-lettering, no logs.
 */
export async function measureBareApply(kafka: Kafka, admin: Admin, pool: pg.Pool, topic: string, total: number) {
  await pool.query("drop table if exists bench_bare_events; create table bench_bare_events (like processed_events including all)");
  const groupId = `${topic}.bare-${Date.now()}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 500 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    partitionsConsumedConcurrently: workerConfig.partitionsConsumedConcurrently,
    eachBatch: async ({ batch }) => {
      const rows = batch.messages.map((message) => JSON.parse(message.value!.toString()));
      await pool.query(
        `insert into bench_bare_events (event_id, event_type, key, source, payload, schema_version, occurred_at, accepted_at, topic, partition, "offset")
         select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::int[], $7::timestamptz[], $8::timestamptz[], $9::text[], $10::int[], $11::bigint[])
         on conflict do nothing`,
        [
          rows.map((row) => row.eventId),
          rows.map((row) => row.eventType),
          rows.map((row) => row.key),
          rows.map((row) => row.source),
          rows.map((row) => JSON.stringify(row.payload)),
          rows.map((row) => row.schemaVersion),
          rows.map((row) => row.timestamp),
          batch.messages.map((message) => new Date(Number(message.timestamp)).toISOString()),
          rows.map(() => batch.topic),
          rows.map(() => batch.partition),
          batch.messages.map((message) => message.offset),
        ],
      );
      await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(batch.lastOffset()) + 1n).toString() }]);
    },
  });
  const seconds = await drain(admin, groupId, topic);
  await consumer.disconnect();
  await pool.query("drop table bench_bare_events");
  return { eventsPerSecond: total / seconds };
}

/**
 * The bare loop and the worker take turns, each draining the topic into an empty table; the best
 * round of each counts, being the one the rest of this two-core machine disturbed least. The
 * worker of the last round keeps running for the latency phase.
 */
export async function compareApply(options: {
  kafka: Kafka;
  admin: Admin;
  pool: pg.Pool;
  env: Record<string, string>;
  topic: string;
  total: number;
  rounds: number;
}) {
  const { kafka, admin, pool, env, topic, total } = options;
  let bare = 0;
  let worker = 0;
  let running: Awaited<ReturnType<typeof measureWorkerApply>>["worker"] | undefined;
  for (let round = 1; round <= options.rounds; round++) {
    bare = Math.max(bare, (await measureBareApply(kafka, admin, pool, topic, total)).eventsPerSecond);
    await running?.stop();
    await pool.query("truncate processed_events");
    const group = `${env.KAFKA_CONSUMER_GROUP}-${round}`;
    const run = await measureWorkerApply(admin, { ...env, KAFKA_CONSUMER_GROUP: group }, topic, total);
    worker = Math.max(worker, run.eventsPerSecond);
    running = run.worker;
  }
  return { bare, worker, runningWorker: running! };
}
