import type { DeadLetterDetail } from "@/lib/dead-letters/get-dead-letter";
import { LineageLink } from "./lineage-link";

/** What a dead-lettered record belonged to, each a click away. */
export function DeadLetterLineage({ lineage }: { lineage: DeadLetterDetail["lineage"] }) {
  const { workflow, task, eventId, processed } = lineage;
  if (!workflow && !task && !(eventId && processed)) {
    return <p className="text-sm text-slate-500">This record belongs to no workflow or task, and has not been processed since.</p>;
  }
  return (
    <ul className="space-y-1" data-testid="dead-letter-lineage">
      {workflow ? (
        <LineageLink href={`/workflows/${workflow.id}`} label={`Step ${workflow.stepIndex + 1} (attempt ${workflow.attempt}) of workflow`}>
          {workflow.id}
        </LineageLink>
      ) : null}
      {task ? (
        <LineageLink href={`/tasks/${task.id}`} label="Task">
          {task.id}
        </LineageLink>
      ) : null}
      {eventId && processed ? (
        <LineageLink href={`/events/${eventId}`} label="Processed after a replay as event">
          {eventId}
        </LineageLink>
      ) : null}
    </ul>
  );
}
