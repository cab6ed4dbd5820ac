import Link from "next/link";
import { CopyableId } from "@/components/ui/copyable-id";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import type { WorkflowSummaryView } from "@/lib/workflows/workflow-view";

export function WorkflowRow({ workflow }: { workflow: WorkflowSummaryView }) {
  const step = workflow.currentStep ? `${workflow.currentStepIndex + 1}/${workflow.stepCount} ${workflow.currentStep}` : `${workflow.stepCount} steps done`;
  return (
    <tr data-testid={`workflow-${workflow.workflowId}`} className="align-top">
      <td className="py-2 pr-3">
        <Link href={`/workflows/${workflow.workflowId}`} className="break-all font-medium text-indigo-700 hover:underline dark:text-indigo-300">
          {workflow.name}
        </Link>
        <div>
          <CopyableId id={workflow.workflowId} noun="workflow id" />
        </div>
        {workflow.error ? (
          <div className="max-w-md truncate text-xs text-rose-600 dark:text-rose-400" title={workflow.error}>
            {workflow.error}
          </div>
        ) : null}
      </td>
      <td className="py-2 pr-3">
        <StatusBadge status={workflow.status} />
      </td>
      <td className="py-2 pr-3 text-xs">{workflow.priority}</td>
      <td className="py-2 pr-3 text-xs">{step}</td>
      <td className="py-2 pr-3 text-xs">
        <RelativeTime iso={workflow.createdAt} />
      </td>
    </tr>
  );
}
