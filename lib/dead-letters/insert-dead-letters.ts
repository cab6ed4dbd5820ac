import { sql } from "drizzle-orm";
import { deadLetterHistory, deadLetters, type NewDeadLetter } from "../../drizzle/schema";
import { chunk } from "../db/chunk";
import type { DbOrTx } from "../db/client";
import { countDeadLettered } from "../metrics/count-dead-lettered";

/**
 * Stores new dead letters with the first entry of their history. A record redelivered after a
 * crash keeps its one row and one entry: (topic, partition, offset) is unique.
 */
export async function insertDeadLetters(db: DbOrTx, rows: NewDeadLetter[]): Promise<void> {
  for (const part of chunk(rows)) {
    const inserted = await db
      .insert(deadLetters)
      .values(part)
      .onConflictDoNothing()
      .returning({ id: deadLetters.id, errorClass: deadLetters.errorClass, errorMessage: deadLetters.errorMessage });
    if (inserted.length === 0) continue;
    await countDeadLettered(db, inserted.length);
    await db.insert(deadLetterHistory).values(
      inserted.map((letter) => ({
        deadLetterId: letter.id,
        action: "dead_lettered" as const,
        actor: "worker",
        details: { errorClass: letter.errorClass, errorMessage: letter.errorMessage },
        at: sql`now()`,
      })),
    );
  }
}
