import type { KafkaMessage } from "kafkajs";
import type { JobFailure } from "../../lib/jobs/job-error";
import type { WorkflowMessage } from "../../lib/topics/workflows";
import { firstFailureOfRun } from "../../lib/workflows/first-failure";
import type { StepOutcome } from "../../lib/workflows/steps/step-definition";
import type { StepState } from "../../lib/workflows/step-state";
import { completeStep, failStep, scheduleStepRetry, sleepStep, type StepRef } from "../../lib/workflows/step-transitions";
import { deadLetterRejections } from "../dead-letter";
import { commandContext, replayHeaders } from "../jobs/command-headers";
import type { JobDeps } from "../jobs/job-deps";
import { planAfterFailure } from "../jobs/plan-after-failure";
import type { StepRun } from "./run-step";

/** Records how an attempt ended and sends what follows: the next step, a retry, or the dead letter. */
export async function finishStep(deps: JobDeps, run: StepRun, ref: StepRef, runStartAttempt: number, outcome: StepOutcome | JobFailure) {
  const { state, message, retry } = run;
  const { priority } = state.workflow;
  const log = deps.logger.child({ workflowId: ref.workflowId, stepIndex: ref.stepIndex, attempt: ref.attempt });
  if ("errorClass" in outcome) {
    const error = `${outcome.errorClass}: ${outcome.errorMessage}`;
    const plan = planAfterFailure(state.workflow.retryPolicy, outcome, ref.attempt, runStartAttempt);
    if (plan.kind === "retry") {
      const next = deps.topics.workflowSteps.message(priority, { ...ref, attempt: plan.nextAttempt });
      const record = deps.topics.workflowSteps.scheduled(next, commandContext(message), plan.dueAt, replayHeaders(message));
      await retry("schedule step retry", () => scheduleStepRetry(deps.db, ref, error, record));
      log.warn({ error, retryAt: plan.dueAt.toISOString() }, "step failed, retry scheduled");
      return;
    }
    const failed = await retry("fail step", () => failStep(deps.db, ref, error, state.step.type));
    log.warn({ error, attemptsInRun: plan.attemptsInRun }, "step failed for good, workflow failed");
    if (failed) await sendFailure(deps, run, ref, outcome, runStartAttempt);
    return;
  }
  if (outcome.kind === "wait") {
    const wake = deps.topics.workflowSteps.scheduled(deps.topics.workflowSteps.message(priority, ref), commandContext(message), outcome.until);
    await retry("put step to sleep", () => sleepStep(deps.db, ref, wake));
    return;
  }
  const advanced = await retry("complete step", () => completeStep(deps.db, ref, outcome.output, outcome.result));
  if (!advanced) return log.debug("step completed after its workflow was cancelled");
  await sendCompletion(deps, message, state, ref, advanced.status === "completed");
}

/** A redelivered command whose attempt already ended: its follow-ups may not have been sent. */
export async function resendFollowUps(deps: JobDeps, run: StepRun) {
  const { step, workflow } = run.state;
  const ref = { workflowId: workflow.id, stepIndex: step.stepIndex, attempt: step.attempts };
  if (step.status === "failed") {
    const [errorClass = "Error", ...rest] = (step.error ?? "").split(": ");
    await sendFailure(deps, run, ref, { errorClass, errorMessage: rest.join(": "), retryable: false }, step.runStartAttempt);
    return;
  }
  const last = step.stepIndex + 1 >= workflow.stepCount;
  if (!last && (workflow.currentStep !== step.stepIndex + 1 || workflow.status !== "processing")) return;
  await sendCompletion(deps, run.message, run.state, ref, last && workflow.status === "completed");
}

async function sendCompletion(deps: JobDeps, cause: KafkaMessage, state: StepState, ref: StepRef, workflowCompleted: boolean) {
  const { workflow, step } = state;
  const events: WorkflowMessage[] = [
    deps.topics.workflows.message("workflow.step.completed", ref.workflowId, { stepIndex: ref.stepIndex, step: step.type, attempt: ref.attempt }, `${ref.stepIndex}`),
  ];
  if (workflowCompleted) events.push(deps.topics.workflows.message("workflow.completed", ref.workflowId, { name: workflow.name }, "completed"));
  const next = workflowCompleted
    ? Promise.resolve()
    : deps.topics.workflowSteps.publish(
        deps,
        // A step's first command is always attempt 1; a duplicate of it is skipped once the step has run.
        [deps.topics.workflowSteps.message(workflow.priority, { workflowId: ref.workflowId, stepIndex: ref.stepIndex + 1, attempt: 1 })],
        commandContext(cause),
      );
  await Promise.all([next, deps.topics.workflows.publish(deps, events, commandContext(cause))]);
}

async function sendFailure(deps: JobDeps, run: StepRun, ref: StepRef, failure: JobFailure, runStartAttempt: number) {
  const firstFailedAt = await run.retry("read first failure", () =>
    firstFailureOfRun(deps.db, ref.workflowId, ref.stepIndex, runStartAttempt),
  );
  const rejection = { message: run.message, ...failure, attempts: ref.attempt - runStartAttempt + 1, firstFailedAt };
  const failed = deps.topics.workflows.message(
    "workflow.failed",
    ref.workflowId,
    { stepIndex: ref.stepIndex, step: run.state.step.type, errorClass: failure.errorClass, errorMessage: failure.errorMessage },
    `${ref.stepIndex}:${ref.attempt}`,
  );
  await Promise.all([
    deadLetterRejections(deps, run.origin, [rejection], run.retry),
    deps.topics.workflows.publish(deps, [failed], commandContext(run.message)),
  ]);
}
