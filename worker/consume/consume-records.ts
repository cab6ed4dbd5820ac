import type { Consumer, EachBatchPayload, KafkaMessage } from "kafkajs";
import type { Logger } from "../../lib/log";
import { workerConfig } from "../config";
import { sleep } from "../support/sleep";
import { KeyedQueues } from "./keyed-queues";
import { OffsetCommitter } from "./offset-committer";
import { retryRecord } from "./retry-record";

export type ConsumedRecord = { topic: string; partition: number; message: KafkaMessage };

export type RecordConsumer = {
  /** Stops fetching, lets the running records finish (bounded), commits what finished. */
  stop: () => Promise<void>;
};

/**
 * Runs one topic's records with no batch barrier: each fetched batch is queued by record key and
 * the fetch moves on at once, so a slow record delays only the records of its own key. Offsets
 * are committed per partition up to the first unfinished record, so a crash replays every record
 * that had not finished (and some that had: handlers are idempotent, they check the stored state).
 *
 * Across a rebalance a record may run on two members at once (the old owner still finishing it,
 * the new one starting from the committed offset); that too is safe because handlers are idempotent.
 */
export async function consumeRecords(
  consumer: Consumer,
  options: { topic: string; handle: (record: ConsumedRecord) => Promise<void>; logger: Logger },
): Promise<RecordConsumer> {
  const { topic, handle } = options;
  const logger = options.logger.child({ topic });
  const stopping = new AbortController();
  const queues = new KeyedQueues(workerConfig.recordsConcurrently);
  const committer = new OffsetCommitter(consumer, topic, logger);

  consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => committer.keepOnly(payload.memberAssignment[topic] ?? []));

  const enqueue = (partition: number, message: KafkaMessage) => {
    const tracker = committer.tracker(partition);
    const offset = BigInt(message.offset);
    if (!tracker.start(offset)) return;
    queues.push(message.key?.toString("utf8") ?? "", async () => {
      // Not started before the stop or the loss of the partition: left for the restart or the new owner.
      if (stopping.signal.aborted || !committer.owns(partition, tracker)) return;
      const finished = await retryRecord(() => handle({ topic, partition, message }), { signal: stopping.signal, logger });
      if (!finished) return;
      tracker.finish(offset);
      committer.scheduleCommit();
    });
  };

  // Back-pressure: past the bound the fetch waits here (beating, so the group keeps this member).
  const waitForRoom = async (heartbeat: () => Promise<void>) => {
    const room = queues.below(workerConfig.maxRecordsInFlight);
    while (queues.size >= workerConfig.maxRecordsInFlight && !stopping.signal.aborted) {
      await Promise.race([room, sleep(workerConfig.backPressureCheckMs, stopping.signal).catch(() => undefined)]);
      await heartbeat();
    }
  };

  // A new group starts at the earliest record: what was accepted before the first worker ran counts too.
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: workerConfig.partitionsConsumedConcurrently,
    eachBatch: async ({ batch, resolveOffset, heartbeat, isStale }: EachBatchPayload) => {
      if (batch.isEmpty() || isStale() || stopping.signal.aborted) return;
      for (const message of batch.messages) {
        enqueue(batch.partition, message);
        // The fetch position follows the resolved offset, not the commit: the next fetch proceeds.
        resolveOffset(message.offset);
      }
      await waitForRoom(heartbeat);
    },
  });

  return {
    stop: async () => {
      consumer.pause([{ topic }]);
      stopping.abort(new Error("consumer is stopping"));
      await Promise.race([queues.idle(), new Promise((resolve) => setTimeout(resolve, workerConfig.drainTimeoutMs).unref())]);
      committer.stop();
      await committer.flush();
      await consumer.disconnect();
    },
  };
}
