import type { Workflow, WorkflowStep } from "../../drizzle/schema";

const iso = (time: Date | null) => time?.toISOString() ?? null;

export function stepView(step: WorkflowStep) {
  return {
    index: step.stepIndex,
    name: step.type,
    options: step.options,
    status: step.status,
    attempts: step.attempts,
    startedAt: iso(step.startedAt),
    finishedAt: iso(step.finishedAt),
    wakeAt: iso(step.wakeAt),
    error: step.error,
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
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: iso(row.completedAt),
  };
}

export function workflowView(row: Workflow, steps: WorkflowStep[]) {
  return {
    ...workflowSummaryView(row, steps[row.currentStep]?.type ?? null),
    input: row.input,
    result: row.result,
    retry: row.retryPolicy,
    metadata: row.metadata,
    steps: steps.map(stepView),
  };
}

export type WorkflowView = ReturnType<typeof workflowView>;
export type WorkflowSummaryView = ReturnType<typeof workflowSummaryView>;
