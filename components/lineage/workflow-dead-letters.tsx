import type { WorkflowView } from "@/lib/workflows/workflow-view";
import { LineageLink } from "./lineage-link";

/** The dead letters this workflow's failed steps left, newest first. */
export function WorkflowDeadLetters({ letters }: { letters: WorkflowView["deadLetters"] }) {
  if (letters.length === 0) return <p className="text-sm text-slate-500">No step of this workflow was dead-lettered.</p>;
  return (
    <ul className="space-y-1" data-testid="workflow-dead-letters">
      {letters.map((letter) => (
        <LineageLink key={letter.id} href={`/dlq/${letter.id}`} label={`${letter.status} dead letter`}>
          {letter.id}
        </LineageLink>
      ))}
    </ul>
  );
}
