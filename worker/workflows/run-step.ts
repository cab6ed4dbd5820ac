import type { KafkaMessage } from "kafkajs";
import { decideAttempt } from "../../lib/jobs/decide-attempt";
import { describeFailure, NonRetryableError, type JobFailure } from "../../lib/jobs/job-error";
import { stepRegistry } from "../../lib/workflows/steps";
import type { StepOutcome } from "../../lib/workflows/steps/step-definition";
import { loadStepState, loadStepStateAfterPendingChanges, type StepState } from "../../lib/workflows/step-state";
import { claimStep, type StepRef } from "../../lib/workflows/step-transitions";
import { STEP_COMMAND_TYPE } from "../../lib/topics/workflow-steps";
import type { Origin, Retry } from "../batch-deps";
import { commandContext, isReplayed, replayedFrom } from "../jobs/command-headers";
import type { JobDeps } from "../jobs/job-deps";
import { readCommand } from "../jobs/read-command";
import { retryDb } from "../retry-db";
import { finishStep, resendFollowUps } from "./finish-step";

/**
 * Handles one step command: checks it against the stored state (commands arrive at least once),
 * claims the attempt, runs the step and records how it ended. Returns when everything that
 * follows is durable, so the caller may commit the record's offset.
 */
export async function runStepCommand(deps: JobDeps, origin: Origin, message: KafkaMessage): Promise<void> {
  const retry = retryDb(deps);
  const command = await readCommand(deps, origin, message, deps.topics.workflowSteps, [STEP_COMMAND_TYPE], retry);
  if (!command) return;
  const { workflowId, stepIndex } = command.payload;
  const attempt = { attempt: command.payload.attempt, replayed: isReplayed(message) };
  let state = await retry("load step", () => loadStepState(deps.db, workflowId, stepIndex));
  // The next attempt of a failed step comes from an operator's retry, which may not have committed yet.
  if (state?.step.status === "failed" && attempt.attempt === state.step.attempts + 1) {
    state = await retry("load step after retry", () => loadStepStateAfterPendingChanges(deps.db, workflowId, stepIndex));
  }
  const log = deps.logger.child({ workflowId, stepIndex, attempt: attempt.attempt });
  if (!state || state.workflow.status === "cancelled") {
    log.debug({ reason: state ? "cancelled" : "unknown workflow" }, "step command skipped");
    return;
  }
  const decision = decideAttempt(state.step, attempt);
  if (decision.action === "skip") return log.debug({ reason: decision.reason }, "step command skipped");
  if (decision.action === "follow-up") return resendFollowUps(deps, { origin, message, state, retry });

  const ref: StepRef = { workflowId, stepIndex, attempt: decision.attempt };
  if (decision.action === "run") {
    const claim = await retry("claim step", () =>
      claimStep(deps.db, ref, state.step, {
        newRun: decision.newRun,
        workerId: deps.workerId,
        command: { ...origin, offset: message.offset },
        replayedFrom: replayedFrom(message),
      }),
    );
    if (!claim.claimed) return log.debug("step claimed elsewhere or cancelled");
    if (claim.started) {
      const processing = deps.topics.workflows.message("workflow.processing", workflowId, { stepIndex, attempt: ref.attempt }, `${stepIndex}:${ref.attempt}`);
      await deps.topics.workflows.publish(deps, [processing], commandContext(message));
    }
  }
  const runStartAttempt = decision.action === "run" && decision.newRun ? decision.attempt : state.step.runStartAttempt;
  const outcome = await execute(deps, state, ref, decision.action === "resume");
  await finishStep(deps, { origin, message, state, retry }, ref, runStartAttempt, outcome);
}

export type StepRun = { origin: Origin; message: KafkaMessage; state: StepState; retry: Retry };

async function execute(deps: JobDeps, state: StepState, ref: StepRef, resumed: boolean): Promise<StepOutcome | JobFailure> {
  const definition = stepRegistry.get(state.step.type);
  try {
    if (!definition) throw new NonRetryableError(`unknown step type "${state.step.type}"`);
    return await definition.run(
      {
        workflowId: ref.workflowId,
        stepIndex: ref.stepIndex,
        attempt: ref.attempt,
        idempotencyKey: `${ref.workflowId}:${ref.stepIndex}`,
        data: state.workflow.data,
        resumedAt: resumed ? new Date() : undefined,
        services: deps.stepServices,
        signal: deps.signal,
      },
      definition.options.parse(state.step.options),
    );
  } catch (error) {
    return describeFailure(error);
  }
}
