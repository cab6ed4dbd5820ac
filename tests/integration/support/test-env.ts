import { randomUUID } from "node:crypto";
import { appDatabaseUrl } from "../../../lib/env/app-database-url";
import { topicNames } from "../../../lib/topics";

/** Topics and a consumer group of this test's own, so no test reads another's records. */
export function isolatedEnv(name: string) {
  const prefix = `it-${name}-${randomUUID().slice(0, 8)}.`;
  const DATABASE_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/streamops_test";
  const env = {
    DATABASE_URL,
    // The worker connects as the application's role, as in production (set-up granted it).
    APP_DATABASE_URL: appDatabaseUrl({ DATABASE_URL, APP_DATABASE_URL: process.env.APP_DATABASE_URL || undefined }),
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? "127.0.0.1:9092",
    KAFKA_TOPIC_PREFIX: prefix,
    KAFKA_EVENTS_PARTITIONS: "3",
    KAFKA_CONSUMER_GROUP: `${prefix}worker`,
    KAFKAJS_NO_PARTITIONER_WARNING: "1",
    // Crash tests wait this long for a killed worker's partitions; the broker's floor.
    KAFKA_SESSION_TIMEOUT_MS: "6000",
    // Receivers listen in the test process, on a loopback address and an ephemeral port: opted in.
    HTTP_ALLOWED_PORTS: "80,443,1024-65535",
    HTTP_ALLOWED_PRIVATE_RANGES: "127.0.0.0/8",
  };
  return { env, topics: topicNames(env), brokers: env.KAFKA_BROKERS.split(",") };
}

export type IsolatedEnv = ReturnType<typeof isolatedEnv>;
