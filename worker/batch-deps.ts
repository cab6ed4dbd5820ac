import type { Message } from "kafkajs";
import type { Db } from "../lib/db/client";
import type { Logger } from "../lib/log";
import type { TopicContracts } from "../lib/topics";

/** What applying one batch needs from the worker around it. */
export type BatchDeps = {
  db: Db;
  deadLetters: TopicContracts["deadLetters"];
  publish: (topic: string, messages: Message[]) => Promise<void>;
  logger: Logger;
  signal: AbortSignal;
  heartbeat: () => Promise<void>;
};

export type Origin = { topic: string; partition: number };

/** Runs a database operation, retrying while its failures are not the record's fault. */
export type Retry = <T>(what: string, operation: () => Promise<T>) => Promise<T>;
