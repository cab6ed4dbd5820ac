import { processedEvents, type NewProcessedEvent } from "../../drizzle/schema";
import { chunk } from "../db/chunk";
import type { DbOrTx } from "../db/client";

/** Multi-row insert; an eventId already stored is skipped, which makes redelivery harmless. */
export async function insertProcessedEvents(db: DbOrTx, rows: NewProcessedEvent[]): Promise<string[]> {
  const inserted: string[] = [];
  for (const part of chunk(rows)) {
    const result = await db
      .insert(processedEvents)
      .values(part)
      .onConflictDoNothing()
      .returning({ eventId: processedEvents.eventId });
    inserted.push(...result.map((row) => row.eventId));
  }
  return inserted;
}
