import { and, eq, sql } from "drizzle-orm";
import { deadLetterHistory, deadLetters } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

/**
 * A replayed record failed again: its letter goes back to pending with the new error and one more
 * attempt, never a second row. Only a letter in `replayed` state changes, so a redelivery of the
 * same failed record changes nothing twice. Answers the letter's first failure time and attempts.
 */
export async function returnDeadLetter(
  db: DbOrTx,
  id: string,
  failure: { errorClass: string; errorMessage: string },
): Promise<{ failedAt: Date; attempts: number } | undefined> {
  const [returned] = await db
    .update(deadLetters)
    .set({ status: "pending", attempts: sql`${deadLetters.attempts} + 1`, lastFailedAt: sql`now()`, ...failure })
    .where(and(eq(deadLetters.id, id), eq(deadLetters.status, "replayed")))
    .returning({ failedAt: deadLetters.failedAt, attempts: deadLetters.attempts });
  if (!returned) return undefined;
  await db.insert(deadLetterHistory).values({ deadLetterId: id, action: "failed_again", actor: "worker", details: failure });
  return returned;
}
