import { randomUUID } from "node:crypto";
import type { Admin, Batch, Consumer, Kafka, KafkaMessage } from "kafkajs";
import { UnavailableError } from "../errors";
import type { Logger } from "../log";

/** Offsets [start, end) of one partition. */
export type OffsetWindow = { partition: number; start: number; end: number };

export type ReadRecord = { partition: number; offset: number; timestamp: number; message: KafkaMessage };

export type ReadWindows = (windows: OffsetWindow[]) => Promise<ReadRecord[]>;

type Round = {
  windows: Map<number, OffsetWindow>;
  pending: Set<number>;
  records: ReadRecord[];
  resolve: (records: ReadRecord[]) => void;
  reject: (error: unknown) => void;
};

export type WindowReaderOptions = {
  kafka: Kafka;
  admin: Admin;
  topic: string;
  partitions: number[];
  /** Ends every read in progress with UnavailableError, so the consumer is always cleaned up. */
  signal: AbortSignal;
  logger: Logger;
};

/**
 * Reads windows of one topic with a consumer of its own, started on the first read. kafkajs cannot
 * read a partition outside a consumer group, so this joins a throwaway group of one that never
 * commits, and deletes it afterwards so it does not linger among the cluster's groups.
 */
export async function withWindowReader<T>(options: WindowReaderOptions, use: (read: ReadWindows) => Promise<T>): Promise<T> {
  const { kafka, admin, topic, signal, logger } = options;
  const groupId = `streamops-browse-${randomUUID()}`;
  const consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    // Only the first fetch, before any seek, waits at the end of the log; it need not wait long.
    maxWaitTimeInMs: 100,
    retry: { retries: 1, restartOnFailure: async () => false },
  });
  let round: Round | undefined;
  let failure: unknown;
  const fail = (error: unknown) => {
    failure ??= error;
    round?.reject(error);
  };
  const onAbort = () => fail(new UnavailableError("Kafka did not deliver the messages in time"));
  signal.addEventListener("abort", onAbort);
  consumer.on(consumer.events.CRASH, ({ payload }) => fail(payload.error));

  const collect = (batch: Batch) => {
    const window = round?.windows.get(batch.partition);
    if (!round || !window || !round.pending.has(batch.partition)) return;
    for (const message of batch.messages) {
      const offset = Number(message.offset);
      if (offset >= window.start && offset < window.end) {
        round.records.push({ partition: batch.partition, offset, timestamp: Number(message.timestamp), message });
      }
    }
    if (Number(batch.lastOffset()) < window.end - 1) return;
    consumer.pause([{ topic, partitions: [batch.partition] }]);
    round.pending.delete(batch.partition);
    if (round.pending.size === 0) round.resolve(round.records);
  };

  let started: Promise<void> | undefined;
  const start = async () => {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic] });
    await consumer.run({
      autoCommit: false,
      // A batch fetched before the latest seek is stale: its offsets belong to an earlier window.
      eachBatch: async ({ batch, isStale }) => {
        if (!isStale()) collect(batch);
      },
    });
    // Every partition waits, paused, until a read seeks it to a window.
    consumer.pause([{ topic, partitions: options.partitions }]);
  };

  const read: ReadWindows = async (windows) => {
    const open = windows.filter((window) => window.end > window.start);
    if (open.length === 0) return [];
    await (started ??= start());
    return new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      round = { windows: new Map(open.map((window) => [window.partition, window])), pending: new Set(), records: [], resolve, reject };
      for (const window of open) {
        round.pending.add(window.partition);
        consumer.seek({ topic, partition: window.partition, offset: String(window.start) });
      }
      consumer.resume([{ topic, partitions: [...round.pending] }]);
    });
  };

  try {
    return await use(read);
  } finally {
    signal.removeEventListener("abort", onAbort);
    if (started) await cleanUp(consumer, admin, groupId, logger);
  }
}

async function cleanUp(consumer: Consumer, admin: Admin, groupId: string, logger: Logger) {
  try {
    await consumer.disconnect();
    await admin.deleteGroups([groupId]);
  } catch (error) {
    // Left behind, the empty group holds no offsets and the broker drops it in time.
    logger.warn({ err: error, groupId }, "could not remove a message browser's consumer group");
  }
}
