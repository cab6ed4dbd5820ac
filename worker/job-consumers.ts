import type { Kafka } from "kafkajs";
import { priorities } from "../lib/workflows/workflow-enums";
import { consumeBatches } from "./consume-batches";
import { consumeRecords, type ConsumedRecord } from "./consume/consume-records";
import { workerConfig } from "./config";
import { createConsumer } from "./create-consumer";
import type { JobDeps } from "./jobs/job-deps";
import { runJobCommand } from "./engine/run-job-command";
import { taskJobs } from "./processors/task-jobs";
import { workflowStepJobs } from "./processors/workflow-step-jobs";
import { startWorkflows } from "./workflows/start-workflows";

/**
 * The consumers that run workflows and tasks, each in its own group: the workflows topic (starts
 * workflows), one per priority lane (so high-priority steps never queue behind low ones), and tasks.
 * Steps and tasks run record by record with no batch barrier; the workflows topic stays batched,
 * since its batch is one statement and so never waits on a slow job.
 * Returns a stop for each: stop fetching, drain, commit, leave the group.
 */
export async function startJobConsumers(
  kafka: Kafka,
  { baseGroup, sessionTimeoutMs }: { baseGroup: string; sessionTimeoutMs: number },
  deps: Omit<JobDeps, "heartbeat">,
): Promise<(() => Promise<void>)[]> {
  // A record's retries wait inside its own key's queue, never inside a fetch, so there is no
  // batch whose group membership they would need to keep alive: kafkajs beats between fetches.
  const jobDeps: JobDeps = { ...deps, heartbeat: async () => {} };
  const connect = async (group: string) => {
    const consumer = createConsumer(kafka, group, { sessionTimeoutMs, logger: deps.logger });
    await consumer.connect();
    return consumer;
  };

  const workflows = await connect(`${baseGroup}-workflows`);
  await consumeBatches(workflows, {
    topics: [deps.topics.workflows.name],
    partitionsConsumedConcurrently: workerConfig.partitionsConsumedConcurrently,
    handle: (origin, messages, heartbeat) => startWorkflows({ ...deps, heartbeat }, origin, messages),
  });

  const recordPlans = [
    ...priorities.map((priority) => ({
      group: `${baseGroup}-steps-${priority}`,
      topic: deps.topics.workflowSteps.names[priority],
      handle: ({ topic, partition, message }: ConsumedRecord) => runJobCommand(workflowStepJobs, jobDeps, { topic, partition }, message),
    })),
    {
      group: `${baseGroup}-tasks`,
      topic: deps.topics.tasks.name,
      handle: ({ topic, partition, message }: ConsumedRecord) => runJobCommand(taskJobs, jobDeps, { topic, partition }, message),
    },
  ];
  const recordConsumers = await Promise.all(
    recordPlans.map(async (plan) => consumeRecords(await connect(plan.group), { topic: plan.topic, handle: plan.handle, logger: deps.logger })),
  );
  return [() => workflows.disconnect(), ...recordConsumers.map((consumer) => consumer.stop)];
}
