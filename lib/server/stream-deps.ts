import "server-only";
import type { StreamDeps } from "../streams/stream-deps";
import { db } from "./db";
import { eventProducer, kafka, withKafkaAdmin } from "./kafka";
import { webLogger } from "./logger";
import { topics } from "./topics";

export const streamDeps = (): StreamDeps => ({
  kafka: kafka(),
  withAdmin: withKafkaAdmin,
  producer: eventProducer(),
  db: db(),
  topics: topics(),
  logger: webLogger(),
});
