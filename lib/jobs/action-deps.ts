import type { Db } from "../db/client";
import type { EventProducer } from "../kafka/event-producer";
import type { TopicContracts } from "../topics";

/**
 * What the web app's workflow and task actions need: the database, the producer and the topic
 * contracts to publish with. (The worker's own dependencies are `JobDeps` in worker/jobs.)
 */
export type ActionDeps = { db: Db; producer: EventProducer; topics: TopicContracts };
