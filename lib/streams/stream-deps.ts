import type { Admin, Kafka } from "kafkajs";
import type { Db } from "../db/client";
import type { EventProducer } from "../kafka/event-producer";
import type { TopicNames } from "../topics";
import type { Logger } from "../log";

export type StreamDeps = {
  kafka: Kafka;
  /** Runs admin requests within a bounded time; a broker that does not answer is a 503. */
  withAdmin: <T>(read: (admin: Admin) => Promise<T>, timeoutMs?: number) => Promise<T>;
  producer: EventProducer;
  /** Where produced messages are audited. */
  db: Db;
  /** StreamOps' own topics, told apart from the callers' (see isProductTopic). */
  topics: TopicNames;
  logger: Logger;
};
