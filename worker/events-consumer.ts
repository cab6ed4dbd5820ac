import type { Consumer, EachBatchPayload } from "kafkajs";
import type { EventProducer } from "../lib/kafka/event-producer";
import type { Db } from "../lib/db/client";
import type { Logger } from "../lib/log";
import { applyBatch } from "./apply-batch";
import { workerConfig } from "./config";

export type EventsConsumerDeps = {
  consumer: Consumer;
  db: Db;
  producer: EventProducer;
  topics: { events: string; deadLetters: string };
  logger: Logger;
  signal: AbortSignal;
};

/** Consumes the events topic; a batch's offsets are committed only after its database commit. */
export async function runEventsConsumer(deps: EventsConsumerDeps): Promise<void> {
  const { consumer, topics, logger } = deps;
  // A new group starts at the earliest record: events accepted before the first worker ran count too.
  await consumer.subscribe({ topics: [topics.events], fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: workerConfig.partitionsConsumedConcurrently,
    eachBatch: async ({ batch, resolveOffset, heartbeat, isStale }: EachBatchPayload) => {
      if (batch.isEmpty() || isStale()) return;
      const origin = { topic: batch.topic, partition: batch.partition };
      await applyBatch(
        {
          db: deps.db,
          deadLetterTopic: topics.deadLetters,
          publish: (topic, messages) => deps.producer.publish(topic, messages),
          logger,
          signal: deps.signal,
          heartbeat,
        },
        origin,
        batch.messages,
      );
      const lastOffset = batch.lastOffset();
      resolveOffset(lastOffset);
      await consumer.commitOffsets([{ ...origin, offset: (BigInt(lastOffset) + 1n).toString() }]);
    },
  });
}
