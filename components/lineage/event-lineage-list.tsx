import type { getEvent } from "@/lib/events/get-event";
import { LineageLink } from "./lineage-link";

type Lineage = Awaited<ReturnType<typeof getEvent>>["lineage"];

/** Where a processed event came from: the workflow step that emitted it, the dead letters it went through. */
export function EventLineageList({ lineage }: { lineage: Lineage }) {
  if (!lineage.workflow && lineage.deadLetters.length === 0) {
    return <p className="text-sm text-slate-500">Posted by a client and processed on its first delivery.</p>;
  }
  return (
    <ul className="space-y-1" data-testid="event-lineage">
      {lineage.workflow ? (
        <LineageLink href={`/workflows/${lineage.workflow.id}`} label={`Emitted by step ${lineage.workflow.stepIndex + 1} of workflow`}>
          {lineage.workflow.id}
        </LineageLink>
      ) : null}
      {lineage.deadLetters.map((letter) => (
        <LineageLink key={letter.id} href={`/dlq/${letter.id}`} label={`Went through dead letter (${letter.status}, ${letter.replayCount} replays)`}>
          {letter.id}
        </LineageLink>
      ))}
    </ul>
  );
}
