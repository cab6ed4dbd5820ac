import "server-only";
import type { Admin } from "kafkajs";
import { webEnv } from "../env/web-env";
import { adminCall } from "../kafka/admin-call";
import { createKafka } from "../kafka/client";
import { createEventProducer } from "../kafka/event-producer";
import { webLogger } from "./logger";
import { singleton } from "./singleton";

export const kafka = () =>
  singleton("kafka", () =>
    createKafka({ clientId: webEnv().KAFKA_CLIENT_ID, brokers: webEnv().KAFKA_BROKERS, logger: webLogger() }),
  );

export const eventProducer = () =>
  singleton("eventProducer", () =>
    createEventProducer({ kafka: kafka(), timeoutMs: webEnv().KAFKA_PUBLISH_TIMEOUT_MS, logger: webLogger() }),
  );

export const kafkaAdmin = () =>
  singleton("kafkaAdmin", () => kafka().admin({ retry: { retries: 1, maxRetryTime: 1000 } }));

/** Runs a read against Kafka's admin API in bounded time; an unreachable broker becomes a 503. */
export const withKafkaAdmin = <T>(read: (admin: Admin) => Promise<T>, timeoutMs?: number) =>
  adminCall(async () => {
    const admin = kafkaAdmin();
    await admin.connect();
    return read(admin);
  }, timeoutMs);
