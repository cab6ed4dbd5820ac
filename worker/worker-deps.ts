import type { Message } from "kafkajs";
import type { Db } from "../lib/db/client";
import type { Logger } from "../lib/log";
import type { TaskServices } from "../lib/tasks/handlers/task-handler";
import type { TopicContracts } from "../lib/topics";
import type { StepServices } from "../lib/workflows/steps/step-definition";

/** What every processor gets from the worker around it. */
export type WorkerDeps = {
  db: Db;
  topics: TopicContracts;
  /** The raw publish the topic contracts send through (acks=all). */
  publish: (topic: string, messages: Message[]) => Promise<void>;
  logger: Logger;
  /** Aborted when the worker stops: waits that retry a failure end. */
  signal: AbortSignal;
  /** Keeps a long batch's group membership alive; a no-op for records, which wait outside any fetch. */
  heartbeat: () => Promise<void>;
  workerId: string;
  stepServices: StepServices;
  taskServices: TaskServices;
};

/** Where a record was read from. */
export type Origin = { topic: string; partition: number };

/** Runs a database operation, retrying while its failures are not the record's fault. */
export type Retry = <T>(what: string, operation: () => Promise<T>) => Promise<T>;
