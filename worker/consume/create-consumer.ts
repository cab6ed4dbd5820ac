import type { Kafka } from "kafkajs";
import type { Logger } from "../../lib/log";
import { workerConfig } from "../config";

/** A consumer in its own group; one that crashes beyond kafkajs' own restarts ends the process. */
export function createConsumer(kafka: Kafka, groupId: string, options: { sessionTimeoutMs: number; logger: Logger }) {
  const { logger, sessionTimeoutMs } = options;
  const consumer = kafka.consumer({
    groupId,
    sessionTimeout: sessionTimeoutMs,
    // A third of the session timeout: two beats may go missing before the member is dropped.
    heartbeatInterval: Math.floor(sessionTimeoutMs / 3),
    maxWaitTimeInMs: workerConfig.maxWaitTimeInMs,
    allowAutoTopicCreation: false,
  });
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (payload.restart) return;
    logger.fatal({ err: payload.error, groupId }, "consumer crashed beyond recovery");
    process.exit(1);
  });
  return consumer;
}
