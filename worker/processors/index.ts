import type { KafkaMessage } from "kafkajs";
import type { TopicContracts } from "../../lib/topics";
import { priorities } from "../../lib/workflows/workflow-enums";
import type { ConsumedRecord } from "../consume/consume-records";
import { runJobCommand } from "../engine/run-job-command";
import type { Origin, WorkerDeps } from "../worker-deps";
import { applyEvents } from "./apply-events";
import { startWorkflows } from "./start-workflows";
import { taskJobs } from "./task-jobs";
import { workflowStepJobs } from "./workflow-step-jobs";

/**
 * A consumer of one topic in its own group. A `batch` processor handles each fetched batch as a
 * unit in one statement (the offset is committed after it), which suits fast bulk work; a
 * `record` processor handles records one by one with no batch barrier, each key in order, so a
 * slow job delays only its own key.
 */
export type Processor = { name: string; group: string; topic: string } & (
  | { batch: (deps: WorkerDeps, origin: Origin, messages: KafkaMessage[]) => Promise<void> }
  | { record: (deps: WorkerDeps, record: ConsumedRecord) => Promise<void> }
);

const jobs =
  (kind: Parameters<typeof runJobCommand>[0]) =>
  (deps: WorkerDeps, { topic, partition, message }: ConsumedRecord) =>
    runJobCommand(kind, deps, { topic, partition }, message);

/**
 * Every consumer the worker runs, in one place. Group names are part of the contract with
 * operators (the lag pages and alerts name them), so they stay as they are.
 */
export function processors(topics: TopicContracts, baseGroup: string): Processor[] {
  return [
    // Callers' events into processed_events, one multi-row insert per batch.
    { name: "events", group: baseGroup, topic: topics.events.name, batch: applyEvents },
    // New workflows' first steps, sent to their lanes with one query per batch.
    { name: "workflows", group: `${baseGroup}-workflows`, topic: topics.workflows.name, batch: startWorkflows },
    // One lane per priority, each its own group, so a low-priority backlog never delays high.
    ...priorities.map((priority) => ({ name: `steps-${priority}`, group: `${baseGroup}-steps-${priority}`, topic: topics.workflowSteps.names[priority], record: jobs(workflowStepJobs) })),
    { name: "tasks", group: `${baseGroup}-tasks`, topic: topics.tasks.name, record: jobs(taskJobs) },
  ];
}
