import Link from "next/link";
import type { WorkflowView } from "@/lib/workflows/workflow-view";
import { formatUtc } from "@/lib/format-utc";

type Attempt = WorkflowView["steps"][number]["attemptHistory"][number];

/** Every attempt of a step: where its command sat in Kafka, which worker ran it, how it ended. */
export function AttemptHistory({ attempts }: { attempts: Attempt[] }) {
  if (attempts.length === 0) return null;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-slate-500">Attempts and their Kafka records</summary>
      <ul className="mt-1 space-y-0.5">
        {attempts.map((attempt) => (
          <li key={attempt.attempt} data-testid={`attempt-${attempt.attempt}`} className="break-all text-slate-600 dark:text-slate-400">
            #{attempt.attempt} {attempt.outcome} · {formatUtc(attempt.startedAt)}
            {attempt.kafka ? ` · ${attempt.kafka.topic} [${attempt.kafka.partition}] @ ${attempt.kafka.offset}` : ""} · {attempt.workerId}
            {attempt.replayedFrom ? (
              <>
                {" "}
                · replayed from{" "}
                <Link href={`/dlq/${attempt.replayedFrom}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
                  dead letter
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
