import { sql } from "drizzle-orm";
import { deadLetterHistory, deadLetters } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { countDeadLettered } from "../metrics/count-dead-lettered";

export type ReturnedFailure = { id: string; errorClass: string; errorMessage: string };

/**
 * Replayed records failed again: their letters go back to pending with the new error and one more
 * attempt, never as second rows, in one statement for the whole batch. Only letters in `replayed`
 * state change, so a redelivery of the same failed record changes nothing twice. Must run in a
 * transaction (the row locks). Answers each returned letter's first failure time and attempts.
 */
export async function returnDeadLetters(
  db: DbOrTx,
  failures: ReturnedFailure[],
): Promise<Map<string, { failedAt: Date; attempts: number }>> {
  const column = <T>(pick: (failure: ReturnedFailure) => T) => sql.param(failures.map(pick));
  // The replay that published these records may not have committed yet: it holds the letters'
  // rows locked until it does. Waiting for those locks first, in a statement of its own, lets
  // the update below see the letters as `replayed`; otherwise it would see them still pending.
  await db.execute(sql`
    select id from ${deadLetters} where id = any(${column((f) => f.id)}::uuid[]) order by id for update`);
  const result = await db.execute<{ id: string; failed_at: string; attempts: number; error_class: string; error_message: string }>(sql`
    update ${deadLetters} as letter
       set status = 'pending', attempts = letter.attempts + 1, last_failed_at = now(),
           error_class = failure.error_class, error_message = failure.error_message
      from unnest(${column((f) => f.id)}::uuid[], ${column((f) => f.errorClass)}::text[], ${column((f) => f.errorMessage)}::text[])
           as failure (id, error_class, error_message)
     where letter.id = failure.id and letter.status = 'replayed'
    returning letter.id, letter.failed_at, letter.attempts, letter.error_class, letter.error_message`);
  if (result.rows.length > 0) {
    await countDeadLettered(db, result.rows.length);
    await db.insert(deadLetterHistory).values(
      result.rows.map((row) => ({
        deadLetterId: row.id,
        action: "failed_again" as const,
        actor: "worker",
        details: { errorClass: row.error_class, errorMessage: row.error_message },
      })),
    );
  }
  return new Map(result.rows.map((row) => [row.id, { failedAt: new Date(row.failed_at), attempts: row.attempts }]));
}
