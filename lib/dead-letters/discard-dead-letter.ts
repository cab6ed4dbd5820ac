import { and, eq } from "drizzle-orm";
import { deadLetterHistory, deadLetters } from "../../drizzle/schema";
import type { Db } from "../db/client";
import { ConflictError, NotFoundError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { notifyLive } from "../live/notify-live";
import { deadLetterView } from "./dead-letter-view";
import { assertDeadLetterId } from "./get-dead-letter";
import { historyEntry } from "./history-entry";

/** An operator decides a pending letter will never be replayed; it stays, for the record. */
export async function discardDeadLetter(db: Db, id: string, actor: Actor) {
  assertDeadLetterId(id);
  return db.transaction(async (tx) => {
    const [discarded] = await tx
      .update(deadLetters)
      .set({ status: "discarded" })
      .where(and(eq(deadLetters.id, id), eq(deadLetters.status, "pending")))
      .returning();
    if (!discarded) {
      const [letter] = await tx.select({ status: deadLetters.status }).from(deadLetters).where(eq(deadLetters.id, id));
      if (!letter) throw new NotFoundError(`No dead letter ${id}`);
      throw new ConflictError(`Dead letter ${id} is ${letter.status}, not pending`);
    }
    await tx.insert(deadLetterHistory).values(historyEntry(id, "discarded", actor));
    await recordAudit(tx, { actor, action: "dead_letter.discard", target: { type: "dead_letter", id } });
    await notifyLive(tx, "dead-letters", id);
    return deadLetterView(discarded);
  });
}
