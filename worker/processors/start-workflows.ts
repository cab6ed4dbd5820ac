import type { KafkaMessage } from "kafkajs";
import { insertWorkflow } from "../../lib/workflows/insert-workflow";
import { unstartedWorkflows } from "../../lib/workflows/first-steps";
import type { WorkflowCreated } from "../../lib/topics/workflows";
import type { Origin } from "../worker-deps";
import { commandContext } from "../engine/command-headers";
import type { WorkerDeps } from "../worker-deps";
import { readCommand } from "../engine/read-command";
import { retryDb } from "../support/retry-db";

/**
 * Starts the workflows a batch of `workflow.created` events announces: materialises any the API
 * did not store, then sends each first step to its priority lane. One query and one publish per
 * lane for the whole batch keep this cheap, so a backlog here drains far faster than any lane.
 */
export async function startWorkflows(deps: WorkerDeps, origin: Origin, messages: KafkaMessage[]): Promise<void> {
  const retry = retryDb(deps);
  const created: { message: KafkaMessage; workflow: WorkflowCreated }[] = [];
  for (const message of messages) {
    const command = await readCommand(deps, origin, message, deps.topics.workflows, ["workflow.created"], retry);
    if (command) created.push({ message, workflow: command.payload });
  }
  if (created.length === 0) return;

  const ids = created.map((item) => item.workflow.workflowId);
  const find = () => retry("find unstarted workflows", () => unstartedWorkflows(deps.db, ids));
  let found = await find();
  const missing = created.filter((item) => !found.known.has(item.workflow.workflowId));
  for (const { message, workflow } of missing) {
    // Accepted by Kafka but not stored by the API (it failed between publish and commit).
    await retry("materialise workflow", () =>
      deps.db.transaction((tx) => insertWorkflow(tx, workflow, commandContext(message).requestId)),
    );
  }
  if (missing.length > 0) found = await find();
  const { unstarted } = found;
  const causeOf = new Map(created.map((item) => [item.workflow.workflowId, item.message]));
  await Promise.all(
    unstarted.map((workflow) =>
      deps.topics.workflowSteps.publish(
        deps,
        [deps.topics.workflowSteps.message(workflow.priority, { workflowId: workflow.id, stepIndex: 0, attempt: 1 })],
        commandContext(causeOf.get(workflow.id)!),
      ),
    ),
  );
}
