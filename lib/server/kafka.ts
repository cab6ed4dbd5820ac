import "server-only";
import type { Admin } from "kafkajs";
import { webEnv } from "../env/web-env";
import { adminCall } from "../kafka/admin-call";
import { createKafka } from "../kafka/client";
import { createEventProducer } from "../kafka/event-producer";
import { webLogger } from "./logger";
import { forgetSingleton, singleton } from "./singleton";

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

async function readWith<T>(read: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafkaAdmin();
  await admin.connect();
  return read(admin);
}

/**
 * Runs a read against Kafka's admin API in bounded time; an unreachable broker becomes a 503.
 * kafkajs' admin keeps refreshing metadata for every topic it has read, so once one of them is
 * deleted each later call fails: on a failure the client is replaced and the read tried once more.
 */
export const withKafkaAdmin = <T>(read: (admin: Admin) => Promise<T>, timeoutMs?: number) =>
  adminCall(async () => {
    try {
      return await readWith(read);
    } catch {
      const stale = kafkaAdmin();
      forgetSingleton("kafkaAdmin");
      void stale.disconnect().catch(() => undefined);
      return readWith(read);
    }
  }, timeoutMs);
