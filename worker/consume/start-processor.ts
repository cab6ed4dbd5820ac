import type { Kafka } from "kafkajs";
import { workerConfig } from "../config";
import type { Processor } from "../processors";
import type { WorkerDeps } from "../worker-deps";
import { consumeBatches } from "./consume-batches";
import { consumeRecords } from "./consume-records";
import { createConsumer } from "./create-consumer";

/** Joins the processor's group and starts consuming; answers how to stop it (drain, commit, leave). */
export async function startProcessor(
  kafka: Kafka,
  processor: Processor,
  deps: Omit<WorkerDeps, "heartbeat">,
  options: { sessionTimeoutMs: number },
): Promise<() => Promise<void>> {
  const consumer = createConsumer(kafka, processor.group, { sessionTimeoutMs: options.sessionTimeoutMs, logger: deps.logger });
  await consumer.connect();
  if ("batch" in processor) {
    await consumeBatches(consumer, {
      topics: [processor.topic],
      partitionsConsumedConcurrently: workerConfig.partitionsConsumedConcurrently,
      handle: (origin, messages, heartbeat) => processor.batch({ ...deps, heartbeat }, origin, messages),
    });
    return () => consumer.disconnect();
  }
  // A record's retries wait inside its own key's queue, never inside a fetch, so there is no
  // batch whose group membership they would need to keep alive: kafkajs beats between fetches.
  const recordDeps = { ...deps, heartbeat: async () => {} };
  const running = await consumeRecords(consumer, { topic: processor.topic, handle: (record) => processor.record(recordDeps, record), logger: deps.logger });
  return running.stop;
}
