import type { Db } from "../db/client";
import type { PublishContext } from "../events/headers";
import type { EventProducer } from "../kafka/event-producer";
import type { TopicNames } from "../kafka/topics";

/** What the workflow and task actions need: the database, the producer and where to publish. */
export type JobDeps = { db: Db; producer: EventProducer; topics: TopicNames };

export type { PublishContext };
