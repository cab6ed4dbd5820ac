import type { DeadLetter, Workflow, WorkflowStep, WorkflowStepAttempt } from "../../drizzle/schema";
import { jobErrorText } from "../jobs/job-error";
import { maskSecrets, maskSecretsInText } from "../security/mask-secrets";

const iso = (time: Date | null) => time?.toISOString() ?? null;

function attemptView(attempt: WorkflowStepAttempt) {
  return {
    attempt: attempt.attempt,
    outcome: attempt.outcome,
    workerId: attempt.workerId,
    startedAt: attempt.startedAt.toISOString(),
    finishedAt: iso(attempt.finishedAt),
    error: maskSecretsInText(jobErrorText(attempt)),
    kafka: attempt.commandTopic === null ? null : { topic: attempt.commandTopic, partition: attempt.commandPartition, offset: attempt.commandOffset?.toString() ?? null },
    replayedFrom: attempt.replayedFrom,
  };
}

export function stepView(step: WorkflowStep, attempts: WorkflowStepAttempt[] = []) {
  return {
    index: step.stepIndex,
    name: step.type,
    // Write-only: an http step's Authorization header is used by the worker, never shown.
    options: maskSecrets(step.options),
    status: step.status,
    attempts: step.attempts,
    startedAt: iso(step.startedAt),
    finishedAt: iso(step.finishedAt),
    wakeAt: iso(step.wakeAt),
    error: maskSecretsInText(jobErrorText(step)),
    attemptHistory: attempts.filter((attempt) => attempt.stepIndex === step.stepIndex).map(attemptView),
  };
}

/** The list's shape: everything but the steps. `currentStep` names the step running or next. */
export function workflowSummaryView(row: Workflow, currentStepName: string | null) {
  return {
    workflowId: row.id,
    name: row.name,
    priority: row.priority,
    status: row.status,
    currentStep: currentStepName,
    currentStepIndex: row.currentStep,
    stepCount: row.stepCount,
    // Errors name the URL a step called, and may quote its answer.
    error: maskSecretsInText(row.error),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: iso(row.completedAt),
  };
}

type LetterSummary = Pick<DeadLetter, "id" | "status" | "lastFailedAt">;

export function workflowView(row: Workflow, steps: WorkflowStep[], attempts: WorkflowStepAttempt[], letters: LetterSummary[]) {
  return {
    ...workflowSummaryView(row, steps[row.currentStep]?.type ?? null),
    input: row.input,
    result: row.result,
    retry: row.retryPolicy,
    metadata: row.metadata,
    steps: steps.map((step) => stepView(step, attempts)),
    deadLetters: letters.map((letter) => ({ id: letter.id, status: letter.status, lastFailedAt: letter.lastFailedAt.toISOString() })),
  };
}

export type WorkflowView = ReturnType<typeof workflowView>;
export type WorkflowSummaryView = ReturnType<typeof workflowSummaryView>;
