import { deadLetters, type NewDeadLetter } from "../../drizzle/schema";
import { chunk } from "../db/chunk";
import type { DbOrTx } from "../db/client";

/** A record redelivered after a crash keeps its one row: (topic, partition, offset) is unique. */
export async function insertDeadLetters(db: DbOrTx, rows: NewDeadLetter[]): Promise<void> {
  for (const part of chunk(rows)) {
    await db.insert(deadLetters).values(part).onConflictDoNothing();
  }
}
