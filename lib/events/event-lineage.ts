import { desc, eq } from "drizzle-orm";
import { deadLetters } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { deadLetterView } from "../dead-letters/dead-letter-view";

/** Events an `emit` step published carry `workflow:<workflowId>:<stepIndex>` as their request id. */
const EMITTED_BY = /^workflow:([\da-f-]{36}):(\d+)$/;

/** The request id an emit step gives its event; `stepKey` is the step's idempotency key (`<workflowId>:<stepIndex>`). */
export const emittedByRequestId = (stepKey: string) => `workflow:${stepKey}`;

/**
 * Where a processed event came from and what happened to it on the way: the workflow step that
 * emitted it, and the dead letters it went through before an operator replayed it.
 */
export async function eventLineage(db: DbOrTx, event: { eventId: string; key: string; requestId: string | null }) {
  const emitted = EMITTED_BY.exec(event.requestId ?? "");
  const letters = await db
    .select()
    .from(deadLetters)
    .where(eq(deadLetters.key, event.key))
    .orderBy(desc(deadLetters.lastFailedAt))
    .limit(100);
  return {
    workflow: emitted ? { id: emitted[1]!, stepIndex: Number(emitted[2]) } : null,
    deadLetters: letters
      .map(deadLetterView)
      .filter((letter) => (letter.json as { eventId?: unknown } | null)?.eventId === event.eventId)
      .map((letter) => ({ id: letter.id, status: letter.status, replayCount: letter.replayCount, lastFailedAt: letter.lastFailedAt })),
  };
}
