"use client";

import { useHasRole } from "@/components/auth/signed-in-user";
import { useQuery } from "@tanstack/react-query";
import { WorkflowDeadLetters } from "@/components/lineage/workflow-dead-letters";
import { primaryButtonClass, secondaryButtonClass } from "@/components/forms/field";
import { CopyableId } from "@/components/ui/copyable-id";
import { DetailState } from "@/components/ui/detail-state";
import { FeedbackMessage } from "@/components/ui/feedback-message";
import { JsonBlock } from "@/components/ui/json-block";
import { Section } from "@/components/ui/section";
import { StatusBadge } from "@/components/ui/status-badge";
import { jobTimes, Timestamps } from "@/components/ui/timestamps";
import { fetchJson } from "@/lib/client/fetch-json";
import type { WorkflowView } from "@/lib/workflows/workflow-view";
import { StepTimeline } from "./step-timeline";
import { useWorkflowActions } from "./use-workflow-actions";
import { workflowDetailKey } from "./workflow-queries";

const created = { tone: "success", message: "Workflow created. It runs in the background; this page follows it as it goes." } as const;

/** One workflow; live updates refresh it as the worker moves it along, so its steps can be watched as they run. */
export function WorkflowDetailView({ id, justCreated }: { id: string; justCreated: boolean }) {
  const detail = useQuery({
    queryKey: workflowDetailKey(id),
    queryFn: () => fetchJson<WorkflowView>(`/api/workflows/${id}`),
  });
  const { act, feedback } = useWorkflowActions(id);
  const canOperate = useHasRole("operator");
  return (
    <DetailState query={detail} noun="workflow">
      {(workflow) => (
        <div className="space-y-4">
          <h1 className="break-all text-2xl font-semibold tracking-tight">{workflow.name}</h1>
          <FeedbackMessage feedback={feedback ?? (justCreated ? created : null)} />
          <Section title="Status">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <StatusBadge status={workflow.status} testId="workflow-status" />
              <span>
                {workflow.priority} priority · step {Math.min(workflow.currentStepIndex + 1, workflow.stepCount)} of {workflow.stepCount}
                {workflow.currentStep ? ` (${workflow.currentStep})` : ""}
              </span>
            </p>
            {workflow.error ? <p className="break-words text-sm text-rose-600 dark:text-rose-400">{workflow.error}</p> : null}
            <CopyableId id={workflow.workflowId} noun="workflow id" />
            <Timestamps entries={jobTimes(workflow)} />
            {canOperate && (
              <div className="flex gap-2 pt-2">
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={act.isPending || !(workflow.status === "pending" || workflow.status === "processing")}
                  onClick={() => act.mutate("cancel")}
                >
                  Cancel
                </button>
                <button
                  type="button"
                  className={primaryButtonClass}
                  disabled={act.isPending || workflow.status !== "failed"}
                  onClick={() => act.mutate("retry")}
                >
                  Retry
                </button>
              </div>
            )}
          </Section>
          <Section title="Steps">
            <StepTimeline steps={workflow.steps} />
          </Section>
          <Section title="Dead letters">
            <WorkflowDeadLetters letters={workflow.deadLetters} />
          </Section>
          <div className="grid gap-4 md:grid-cols-2">
            <Section title="Input">
              <JsonBlock value={workflow.input} label="Input" />
            </Section>
            <Section title="Result">
              <JsonBlock value={workflow.result} label="Result" />
            </Section>
          </div>
        </div>
      )}
    </DetailState>
  );
}
