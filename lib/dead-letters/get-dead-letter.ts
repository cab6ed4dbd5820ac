import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { deadLetterHistory, deadLetters, processedEvents } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { assertKnownIdShape, NotFoundError } from "../errors";
import { deadLetterView, historyEntryView } from "./dead-letter-view";
import { letterLineage } from "./letter-lineage";

export const assertDeadLetterId = (id: string) => assertKnownIdShape(id, "dead letter");

/** One dead letter with its whole history (oldest entry first) and what it belonged to. */
export async function getDeadLetter(db: DbOrTx, id: string) {
  assertDeadLetterId(id);
  const [row] = await db.select().from(deadLetters).where(eq(deadLetters.id, id));
  if (!row) throw new NotFoundError(`No dead letter ${id}`);
  const history = await db
    .select()
    .from(deadLetterHistory)
    .where(eq(deadLetterHistory.deadLetterId, id))
    .orderBy(asc(deadLetterHistory.at), asc(deadLetterHistory.id));
  const view = deadLetterView(row);
  const lineage = letterLineage(view.json);
  // A replayed event that went through since: one click from its dead letter to what it became.
  const [processed] = lineage.eventId && z.uuid().safeParse(lineage.eventId).success
    ? await db.select({ eventId: processedEvents.eventId }).from(processedEvents).where(eq(processedEvents.eventId, lineage.eventId))
    : [];
  return { ...view, history: history.map(historyEntryView), lineage: { ...lineage, processed: processed !== undefined } };
}

export type DeadLetterDetail = Awaited<ReturnType<typeof getDeadLetter>>;
