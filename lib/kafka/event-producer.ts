import { Partitioners, type Kafka, type Message } from "kafkajs";
import { UnavailableError } from "../errors";
import type { Logger } from "../log";
import { withTimeout } from "../with-timeout";
import { BatchingPublisher } from "./batching-publisher";

export type RecordPosition = { partition: number; offset: string };

export type EventProducer = {
  publish(topic: string, messages: Message[]): Promise<void>;
  /** One record on its own, outside the batching, for callers that must say where it landed. */
  publishOne(topic: string, message: Message): Promise<RecordPosition>;
  disconnect(): Promise<void>;
};

const LINGER_MS = 2;
const MAX_BATCH_BYTES = 1024 * 1024;

/**
 * A producer whose publishes resolve only after every in-sync replica has the records (acks=all).
 * kafkajs' idempotent mode is experimental and loses records under concurrent sends, so it stays
 * off; the publisher sends one request at a time and consumers deduplicate by eventId.
 */
export function createEventProducer(options: {
  kafka: Kafka;
  timeoutMs: number;
  logger: Logger;
}): EventProducer {
  const { kafka, timeoutMs, logger } = options;
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    idempotent: false,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    // Retries must end inside the publish timeout, so no record lands after its caller got 503.
    retry: { retries: 3, initialRetryTime: 100, maxRetryTime: Math.max(200, timeoutMs / 4) },
  });
  let connecting: Promise<void> | undefined;
  producer.on(producer.events.DISCONNECT, () => (connecting = undefined));

  const ensureConnected = () => {
    connecting ??= producer.connect().catch((error: unknown) => {
      connecting = undefined;
      throw error;
    });
    return connecting;
  };

  const publisher = new BatchingPublisher(
    async (topicMessages) => {
      await ensureConnected();
      return producer.sendBatch({ topicMessages, acks: -1, timeout: timeoutMs });
    },
    { lingerMs: LINGER_MS, maxBatchBytes: MAX_BATCH_BYTES, timeoutMs },
  );

  return {
    async publish(topic, messages) {
      try {
        await publisher.publish(topic, messages);
      } catch (error) {
        logger.warn({ err: error, cause: (error as Error).cause, topic }, "publish failed");
        throw error;
      }
    },
    async publishOne(topic, message) {
      try {
        const send = async () => {
          await ensureConnected();
          return producer.send({ topic, messages: [message], acks: -1, timeout: timeoutMs });
        };
        const [metadata] = await withTimeout(send(), timeoutMs, "Kafka did not acknowledge in time");
        return { partition: metadata!.partition, offset: metadata!.baseOffset! };
      } catch (cause) {
        logger.warn({ err: cause, topic }, "publish failed");
        const error = new UnavailableError("Kafka did not acknowledge the message");
        error.cause = cause;
        throw error;
      }
    },
    async disconnect() {
      await producer.disconnect();
    },
  };
}
