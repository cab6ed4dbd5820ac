import type { Db } from "../db/client";
import type { EventProducer } from "../kafka/event-producer";
import type { TopicNames } from "../kafka/topics";

/**
 * What the web app's workflow and task actions need: the database, the producer and where to
 * publish. (The worker's own dependencies are `JobDeps` in worker/jobs.)
 */
export type ActionDeps = { db: Db; producer: EventProducer; topics: TopicNames };
