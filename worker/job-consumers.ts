import type { Kafka, KafkaMessage } from "kafkajs";
import { priorities } from "../lib/workflows/workflow-enums";
import { forEachByKey } from "./by-key";
import { workerConfig } from "./config";
import type { Origin } from "./batch-deps";
import { consumeBatches, type BatchHandler } from "./consume-batches";
import { createConsumer } from "./create-consumer";
import type { JobDeps } from "./jobs/job-deps";
import { runJobCommand } from "./engine/run-job-command";
import { taskJobs } from "./processors/task-jobs";
import { workflowStepJobs } from "./processors/workflow-step-jobs";
import { startWorkflows } from "./workflows/start-workflows";

type CommandRunner = (deps: JobDeps, origin: Origin, message: KafkaMessage) => Promise<void>;

/**
 * The consumers that run workflows and tasks, each in its own group: the workflows topic (starts
 * workflows), one per priority lane (so high-priority steps never queue behind low ones), and tasks.
 */
export async function startJobConsumers(
  kafka: Kafka,
  { baseGroup, sessionTimeoutMs }: { baseGroup: string; sessionTimeoutMs: number },
  deps: Omit<JobDeps, "heartbeat">,
) {
  const byKey =
    (run: CommandRunner): BatchHandler =>
    (origin, messages, heartbeat) =>
      forEachByKey(messages, workerConfig.jobsPerBatchConcurrently, (message) => run({ ...deps, heartbeat }, origin, message));
  const plans: { group: string; topic: string; handle: BatchHandler }[] = [
    { group: `${baseGroup}-workflows`, topic: deps.topics.workflows.name, handle: (origin, messages, heartbeat) => startWorkflows({ ...deps, heartbeat }, origin, messages) },
    ...priorities.map((priority) => ({ group: `${baseGroup}-steps-${priority}`, topic: deps.topics.workflowSteps.names[priority], handle: byKey((deps, origin, message) => runJobCommand(workflowStepJobs, deps, origin, message)) })),
    { group: `${baseGroup}-tasks`, topic: deps.topics.tasks.name, handle: byKey((deps, origin, message) => runJobCommand(taskJobs, deps, origin, message)) },
  ];
  const consumers = plans.map((plan) => ({ plan, consumer: createConsumer(kafka, plan.group, { sessionTimeoutMs, logger: deps.logger }) }));
  await Promise.all(consumers.map(({ consumer }) => consumer.connect()));
  await Promise.all(
    consumers.map(({ plan, consumer }) =>
      consumeBatches(consumer, { topics: [plan.topic], partitionsConsumedConcurrently: workerConfig.partitionsConsumedConcurrently, handle: plan.handle }),
    ),
  );
  return consumers.map(({ consumer }) => consumer);
}
