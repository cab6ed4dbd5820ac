import type { Kafka } from "kafkajs";
import type { Logger } from "../lib/log";
import { workerConfig } from "./config";

/** A consumer in its own group; one that crashes beyond kafkajs' own restarts ends the process. */
export function createConsumer(kafka: Kafka, groupId: string, logger: Logger) {
  const consumer = kafka.consumer({
    groupId,
    sessionTimeout: workerConfig.sessionTimeoutMs,
    heartbeatInterval: workerConfig.heartbeatIntervalMs,
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
