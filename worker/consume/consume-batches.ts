import type { Consumer, EachBatchPayload, KafkaMessage } from "kafkajs";
import type { Origin } from "../worker-deps";

export type BatchHandler = (origin: Origin, messages: KafkaMessage[], heartbeat: () => Promise<void>) => Promise<void>;

/**
 * Runs a consumer whose batches are handled as a whole: the offsets are committed only after the
 * handler returned, that is after every record's effects committed in the database. Only for
 * handlers that apply a batch in one statement (events, workflow starts), whose barrier is short;
 * jobs that may be slow run through consume/consume-records.ts instead.
 */
export async function consumeBatches(
  consumer: Consumer,
  options: { topics: string[]; partitionsConsumedConcurrently: number; handle: BatchHandler },
): Promise<void> {
  // A new group starts at the earliest record: what was accepted before the first worker ran counts too.
  await consumer.subscribe({ topics: options.topics, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: options.partitionsConsumedConcurrently,
    eachBatch: async ({ batch, resolveOffset, heartbeat, isStale }: EachBatchPayload) => {
      if (batch.isEmpty() || isStale()) return;
      const origin = { topic: batch.topic, partition: batch.partition };
      await options.handle(origin, batch.messages, heartbeat);
      const lastOffset = batch.lastOffset();
      resolveOffset(lastOffset);
      await consumer.commitOffsets([{ ...origin, offset: (BigInt(lastOffset) + 1n).toString() }]);
    },
  });
}
