import type { KafkaMessage } from "kafkajs";
import type { JobState } from "../../lib/jobs/decide-attempt";
import type { JobFailure, StoredJobError } from "../../lib/jobs/job-error";
import type { RetryPolicy } from "../../lib/jobs/retry-policy";
import type { ScheduledRecord } from "../../lib/jobs/scheduled-record";
import type { PublishContext } from "../../lib/topics/headers";
import type { Origin, Retry, WorkerDeps } from "../worker-deps";

/** The record a command arrived in, and how to retry its database work. */
export type CommandRecord = { origin: Origin; message: KafkaMessage; retry: Retry };

/**
 * A command names a job and the attempt it asks for. A creation record also says how to store the
 * job, in case the API's own store never happened (it failed after the publish).
 */
export type JobCommand<Key> = { key: Key; attempt: number; ensureStored?: () => Promise<unknown> };

/** A job as the engine reads it: the shared state machine's fields and the kind's own row. */
export type LoadedJob<Row> = JobState & { row: Row; runStartAttempt: number; retryPolicy: RetryPolicy; lastError: StoredJobError };

/** An attempt that needs more time: it is parked and its own command wakes it then. */
export type Wait = { kind: "wait"; until: Date };

/** When and how a command is scheduled: under the request it descends from, with e.g. a replay's headers. */
export type Schedule = { context: PublishContext; dueAt: Date; extraHeaders?: Record<string, string> };

/**
 * What differs between the kinds of job the engine runs (a task, a workflow step): where their
 * state lives, what running one means, and what each one announces. Everything else (dedup,
 * claiming, retries, dead-lettering, re-sending follow-ups after a crash) is the engine's, once.
 */
export type JobKind<Key, Row, Done, Completion> = {
  /** Log fields naming the job. */
  describe(key: Key, attempt: number): Record<string, unknown>;
  /** The command a record carries; undefined for records of other types (lifecycle events). */
  readCommand(deps: WorkerDeps, record: CommandRecord): Promise<JobCommand<Key> | undefined>;
  /**
   * Claims the attempt that follows the stored one in one statement, answering the job as claimed:
   * what nearly every command is. Undefined sends the command down the general path (load, decide, claim).
   */
  claimNext(deps: WorkerDeps, command: JobCommand<Key>, record: CommandRecord): Promise<{ job: LoadedJob<Row>; started: boolean } | undefined>;
  /** The job as stored; undefined: skip the command. */
  load(deps: WorkerDeps, command: JobCommand<Key>, record: CommandRecord): Promise<LoadedJob<Row> | undefined>;
  /** Marks the attempt running, from the state the engine saw; `started` when the job's owner began. */
  claim(
    deps: WorkerDeps,
    key: Key,
    attempt: number,
    job: LoadedJob<Row>,
    run: { newRun: boolean; record: CommandRecord },
  ): Promise<{ claimed: boolean; started: boolean }>;
  /** Runs the attempt; throwing is a failure, classified by the engine. */
  execute(deps: WorkerDeps, key: Key, attempt: number, job: LoadedJob<Row>, resumed: boolean): Promise<Done | Wait>;
  /** Records success; what follows from it, or undefined when the job was no longer this attempt's. */
  complete(deps: WorkerDeps, key: Key, attempt: number, done: Done): Promise<Completion | undefined>;
  /** For a redelivered command of a completed attempt: what its completion was, if follow-ups may be due. */
  completionOf(job: LoadedJob<Row>): Completion | undefined;
  /** Parks a running attempt until `wake` (only kinds whose execute can answer Wait). */
  sleep?(deps: WorkerDeps, key: Key, attempt: number, wake: ScheduledRecord): Promise<boolean>;
  /** Records a failed attempt and schedules the next. */
  scheduleRetry(deps: WorkerDeps, key: Key, attempt: number, failure: JobFailure, next: ScheduledRecord): Promise<boolean>;
  /** Records the last failed attempt: the job failed. */
  fail(deps: WorkerDeps, key: Key, attempt: number, job: LoadedJob<Row>, failure: JobFailure): Promise<boolean>;
  /** The command that runs attempt `attempt` of this job, as a record for the scheduler. */
  scheduleCommand(deps: WorkerDeps, key: Key, attempt: number, job: LoadedJob<Row>, schedule: Schedule): ScheduledRecord;
  /** When the current run first failed, for the dead letter (now when the kind keeps no history). */
  firstFailedAt(deps: WorkerDeps, key: Key, runStartAttempt: number, retry: Retry): Promise<Date | undefined>;
  /** Lifecycle records and next commands, published under the command's request id. */
  announce: {
    started?(deps: WorkerDeps, cause: KafkaMessage, key: Key, attempt: number): Promise<void>;
    completed(deps: WorkerDeps, cause: KafkaMessage, key: Key, attempt: number, job: LoadedJob<Row>, completion: Completion): Promise<void>;
    failed(deps: WorkerDeps, cause: KafkaMessage, key: Key, attempt: number, job: LoadedJob<Row>, failure: JobFailure): Promise<void>;
  };
};
