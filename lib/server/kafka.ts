import "server-only";
import type { Admin } from "kafkajs";
import { webEnv } from "../env/web-env";
import { AppError } from "../errors";
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

/** Reads still using a replaced client get this long to finish before it is disconnected. */
const RETIRE_AFTER_MS = 30_000;

/**
 * Runs a read against Kafka's admin API in bounded time; an unreachable broker becomes a 503.
 * kafkajs' admin keeps refreshing metadata for every topic it has read, so once one of them is
 * deleted each later call fails: on a Kafka failure the client is replaced and the read tried
 * once more. Our own answers (a 404 for an unknown topic) are no reason to replace it, and the
 * old client is disconnected only once reads that share it have had time to finish.
 */
export const withKafkaAdmin = <T>(read: (admin: Admin) => Promise<T>, timeoutMs?: number) =>
  adminCall(async () => {
    const admin = kafkaAdmin();
    try {
      return await readWith(read);
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (kafkaAdmin() === admin) {
        forgetSingleton("kafkaAdmin");
        setTimeout(() => void admin.disconnect().catch(() => undefined), RETIRE_AFTER_MS).unref();
      }
      return readWith(read);
    }
  }, timeoutMs);
