import { asc, eq } from "drizzle-orm";
import { deadLetterHistory, deadLetters } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { assertKnownIdShape, NotFoundError } from "../errors";
import { deadLetterView, historyEntryView } from "./dead-letter-view";

export const assertDeadLetterId = (id: string) => assertKnownIdShape(id, "dead letter");

/** One dead letter with its whole history, oldest entry first. */
export async function getDeadLetter(db: DbOrTx, id: string) {
  assertDeadLetterId(id);
  const [row] = await db.select().from(deadLetters).where(eq(deadLetters.id, id));
  if (!row) throw new NotFoundError(`No dead letter ${id}`);
  const history = await db
    .select()
    .from(deadLetterHistory)
    .where(eq(deadLetterHistory.deadLetterId, id))
    .orderBy(asc(deadLetterHistory.at), asc(deadLetterHistory.id));
  return { ...deadLetterView(row), history: history.map(historyEntryView) };
}

export type DeadLetterDetail = Awaited<ReturnType<typeof getDeadLetter>>;
