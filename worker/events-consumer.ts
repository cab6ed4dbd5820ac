import type { Consumer } from "kafkajs";
import { applyBatch } from "./apply-batch";
import type { BatchDeps } from "./batch-deps";
import { workerConfig } from "./config";
import { consumeBatches } from "./consume-batches";

/** Consumes the events topic into processed_events. */
export async function runEventsConsumer(consumer: Consumer, deps: Omit<BatchDeps, "heartbeat">, eventsTopic: string): Promise<void> {
  await consumeBatches(consumer, {
    topics: [eventsTopic],
    partitionsConsumedConcurrently: workerConfig.partitionsConsumedConcurrently,
    handle: (origin, messages, heartbeat) => applyBatch({ ...deps, heartbeat }, origin, messages),
  });
}
