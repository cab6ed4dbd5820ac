import type { Admin, Kafka } from "kafkajs";
import type pg from "pg";
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
 * into a table shaped like processed_events (same indexes), commit offsets. No validation, no logs.
 */
export async function measureBareApply(kafka: Kafka, admin: Admin, pool: pg.Pool, topic: string, total: number) {
  await pool.query("drop table if exists bench_bare_events; create table bench_bare_events (like processed_events including all)");
  const groupId = `${topic}.bare-${Date.now()}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 500 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    partitionsConsumedConcurrently: 3,
    eachBatch: async ({ batch }) => {
      const rows = batch.messages.map((message) => ({ ...JSON.parse(message.value!.toString()), offset: message.offset }));
      for (let start = 0; start < rows.length; start += 1000) {
        const part = rows.slice(start, start + 1000);
        const columns = 11;
        const values = part.map((_, row) => `(${Array.from({ length: columns }, (_, column) => `$${row * columns + column + 1}`).join(",")})`);
        await pool.query(
          `insert into bench_bare_events (event_id, event_type, key, source, payload, schema_version, occurred_at, accepted_at, topic, partition, "offset")
           values ${values.join(",")} on conflict do nothing`,
          part.flatMap((row) => [
            row.eventId, row.eventType, row.key, row.source, JSON.stringify(row.payload), row.schemaVersion,
            row.timestamp, row.timestamp, batch.topic, batch.partition, row.offset,
          ]),
        );
      }
      await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(batch.lastOffset()) + 1n).toString() }]);
    },
  });
  const seconds = await drain(admin, groupId, topic);
  await consumer.disconnect();
  await pool.query("drop table bench_bare_events");
  return { eventsPerSecond: total / seconds };
}
