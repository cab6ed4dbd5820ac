import "server-only";
import type { StreamDeps } from "../streams/stream-deps";
import { eventProducer, kafka, withKafkaAdmin } from "./kafka";
import { webLogger } from "./logger";

export const streamDeps = (): StreamDeps => ({ kafka: kafka(), withAdmin: withKafkaAdmin, producer: eventProducer(), logger: webLogger() });
