import { firstFailureOfRun } from "../../lib/workflows/first-failure";
import { NonRetryableError } from "../../lib/jobs/job-error";
import { stepRegistry } from "../../lib/workflows/steps";
import type { StepOutcome } from "../../lib/workflows/steps/step-definition";
import { loadStepState, loadStepStateAfterPendingChanges, type StepState } from "../../lib/workflows/step-state";
import { claimNextStep, claimStep, completeStep, failStep, scheduleStepRetry, sleepStep } from "../../lib/workflows/step-transitions";
import { STEP_COMMAND_TYPE } from "../../lib/topics/workflow-steps";
import type { WorkflowMessage } from "../../lib/topics/workflows";
import type { CommandRecord, JobKind, LoadedJob } from "../engine/job-kind";
import type { WorkerDeps } from "../worker-deps";
import { commandContext, replayedFrom } from "../engine/command-headers";
import { readCommand } from "../engine/read-command";

type StepKey = { workflowId: string; stepIndex: number };
type Done = Extract<StepOutcome, { kind: "done" }>;
/** What completing a step led to: the next step, or the end of its workflow. */
type Completion = { workflowCompleted: boolean };

/** Who claims, and from which record: the attempt's row keeps both for lineage. */
const claimRun = (deps: WorkerDeps, { origin, message }: CommandRecord) => ({
  workerId: deps.workerId,
  command: { ...origin, offset: message.offset },
  replayedFrom: replayedFrom(message),
});

const loaded = (state: StepState): LoadedJob<StepState> => ({
  row: state,
  status: state.step.status,
  attempts: state.step.attempts,
  runStartAttempt: state.step.runStartAttempt,
  retryPolicy: state.workflow.retryPolicy,
  lastError: state.step,
});

/**
 * Each step of a workflow is a job, run from `workflow.step.run` commands on its workflow's
 * priority lane; completing one sends the next step's command, the last completes the workflow.
 */
export const workflowStepJobs: JobKind<StepKey, StepState, Done, Completion> = {
  describe: ({ workflowId, stepIndex }, attempt) => ({ workflowId, stepIndex, attempt }),

  async readCommand(deps, { origin, message, retry }) {
    const command = await readCommand(deps, origin, message, deps.topics.workflowSteps, [STEP_COMMAND_TYPE], retry);
    if (!command) return undefined;
    const { workflowId, stepIndex, attempt } = command.payload;
    return { key: { workflowId, stepIndex }, attempt };
  },

  async claimNext(deps, { key, attempt }, record) {
    const claim = await claimNextStep(deps.db, { ...key, attempt }, claimRun(deps, record));
    return claim.state && { job: loaded(claim.state), started: claim.started };
  },

  async load(deps, { key, attempt }, { retry }) {
    let state = await retry("load step", () => loadStepState(deps.db, key.workflowId, key.stepIndex));
    // The next attempt of a failed step comes from an operator's retry, which may not have committed yet.
    if (state?.step.status === "failed" && attempt === state.step.attempts + 1) {
      state = await retry("load step after retry", () => loadStepStateAfterPendingChanges(deps.db, key.workflowId, key.stepIndex));
    }
    if (!state || state.workflow.status === "cancelled") return undefined;
    return loaded(state);
  },

  claim: (deps, key, attempt, job, { newRun, record }) => claimStep(deps.db, { ...key, attempt }, job.row.step, { newRun, ...claimRun(deps, record) }),

  async execute(deps, key, attempt, { row }, resumed) {
    const definition = stepRegistry.get(row.step.type);
    if (!definition) throw new NonRetryableError(`unknown step type "${row.step.type}"`);
    const context = {
      ...key,
      attempt,
      idempotencyKey: `${key.workflowId}:${key.stepIndex}`,
      data: row.workflow.data,
      resumedAt: resumed ? new Date() : undefined,
      services: deps.stepServices,
      signal: deps.signal,
    };
    return definition.run(context, definition.options.parse(row.step.options));
  },

  async complete(deps, key, attempt, done) {
    const advanced = await completeStep(deps.db, { ...key, attempt }, done.output, done.result);
    return advanced && { workflowCompleted: advanced.status === "completed" };
  },

  completionOf({ row: { workflow, step } }) {
    const last = step.stepIndex + 1 >= workflow.stepCount;
    // Follow-ups are due only while the workflow still stands where this step left it.
    if (!last && (workflow.currentStep !== step.stepIndex + 1 || workflow.status !== "processing")) return undefined;
    return { workflowCompleted: last && workflow.status === "completed" };
  },

  sleep: (deps, key, attempt, wake) => sleepStep(deps.db, { ...key, attempt }, wake),
  scheduleRetry: (deps, key, attempt, failure, next) => scheduleStepRetry(deps.db, { ...key, attempt }, failure, next),
  fail: (deps, key, attempt, job, failure) => failStep(deps.db, { ...key, attempt }, failure, job.row.step.type),
  scheduleCommand: (deps, key, attempt, job, { context, dueAt, extraHeaders }) =>
    deps.topics.workflowSteps.scheduled(deps.topics.workflowSteps.message(job.row.workflow.priority, { ...key, attempt }), context, dueAt, extraHeaders),
  firstFailedAt: (deps, key, runStartAttempt, retry) =>
    retry("read first failure", () => firstFailureOfRun(deps.db, key.workflowId, key.stepIndex, runStartAttempt)),

  announce: {
    async started(deps, cause, { workflowId, stepIndex }, attempt) {
      const { workflows } = deps.topics;
      const processing = workflows.message("workflow.processing", workflowId, { stepIndex, attempt }, `${stepIndex}:${attempt}`);
      await workflows.publish(deps, [processing], commandContext(cause));
    },
    async completed(deps, cause, { workflowId, stepIndex }, attempt, { row }, { workflowCompleted }) {
      const { workflows, workflowSteps } = deps.topics;
      const context = commandContext(cause);
      const events: WorkflowMessage[] = [workflows.message("workflow.step.completed", workflowId, { stepIndex, step: row.step.type, attempt }, `${stepIndex}`)];
      if (workflowCompleted) events.push(workflows.message("workflow.completed", workflowId, { name: row.workflow.name }, "completed"));
      // A step's first command is always attempt 1; a duplicate of it is skipped once the step has run.
      const next = workflowSteps.message(row.workflow.priority, { workflowId, stepIndex: stepIndex + 1, attempt: 1 });
      await Promise.all([workflowCompleted ? undefined : workflowSteps.publish(deps, [next], context), workflows.publish(deps, events, context)]);
    },
    async failed(deps, cause, { workflowId, stepIndex }, attempt, { row }, failure) {
      const { workflows } = deps.topics;
      const details = { stepIndex, step: row.step.type, errorClass: failure.errorClass, errorMessage: failure.errorMessage };
      await workflows.publish(deps, [workflows.message("workflow.failed", workflowId, details, `${stepIndex}:${attempt}`)], commandContext(cause));
    },
  },
};
