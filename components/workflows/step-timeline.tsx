import { AttemptHistory } from "@/components/lineage/attempt-history";
import { StatusBadge } from "@/components/ui/status-badge";
import { Timestamps } from "@/components/ui/timestamps";
import type { WorkflowView } from "@/lib/workflows/workflow-view";

type Step = WorkflowView["steps"][number];

/** The steps in order, each with how far it got; a step's options and error are data, shown as text. */
export function StepTimeline({ steps }: { steps: Step[] }) {
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4 dark:border-slate-800">
      {steps.map((step) => (
        <li key={step.index} data-testid={`step-${step.index}`} className="space-y-1">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium">
              {step.index + 1}. {step.name}
            </span>
            <StatusBadge status={step.status} testId={`step-${step.index}-status`} />
            <span className="text-xs text-slate-500">
              {step.attempts} attempt{step.attempts === 1 ? "" : "s"}
            </span>
          </div>
          <Timestamps
            entries={[
              ["started", step.startedAt],
              ["finished", step.finishedAt],
              ["wakes", step.status === "waiting" ? step.wakeAt : null],
            ]}
          />
          {Object.keys(step.options).length > 0 ? (
            <code className="block break-all text-xs text-slate-600 dark:text-slate-400">{JSON.stringify(step.options)}</code>
          ) : null}
          {step.error ? <p className="break-words text-xs text-rose-600 dark:text-rose-400">{step.error}</p> : null}
          <AttemptHistory attempts={step.attemptHistory} />
        </li>
      ))}
    </ol>
  );
}
