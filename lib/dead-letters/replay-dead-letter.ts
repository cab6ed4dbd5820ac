import { eq, sql } from "drizzle-orm";
import { deadLetterHistory, deadLetters, type DeadLetter } from "../../drizzle/schema";
import type { Db } from "../db/client";
import { ConflictError, NotFoundError } from "../errors";
import type { EventProducer } from "../kafka/event-producer";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { notifyLive } from "../live/notify-live";
import { deadLetterView } from "./dead-letter-view";
import { assertDeadLetterId } from "./get-dead-letter";
import { historyEntry } from "./history-entry";
import { replayRecord } from "./replay-record";
import type { ReplayEdit } from "./schemas";

export type ReplayDeps = { db: Db; producer: EventProducer; maxReplays: number };

export function assertReplayable(letter: DeadLetter, maxReplays: number) {
  if (letter.status !== "pending") throw new ConflictError(`Dead letter ${letter.id} is ${letter.status}, not pending`);
  if (letter.replayCount >= maxReplays) {
    throw new ConflictError(`Dead letter ${letter.id} was replayed ${letter.replayCount} times, the most allowed`);
  }
}

/**
 * Republishes one dead letter to its original topic and marks it replayed, under a row lock: of
 * two replays at the same moment, the second waits, then finds it no longer pending (409), so
 * the record is re-executed once. If Kafka does not take the record, nothing changes.
 */
export async function replayDeadLetter(deps: ReplayDeps, id: string, edit: ReplayEdit, actor: Actor) {
  assertDeadLetterId(id);
  return deps.db.transaction(async (tx) => {
    const [letter] = await tx.select().from(deadLetters).where(eq(deadLetters.id, id)).for("update");
    if (!letter) throw new NotFoundError(`No dead letter ${id}`);
    assertReplayable(letter, deps.maxReplays);
    // Raw on purpose: the record goes back as it arrived (or as the operator mended it) to the topic it came from.
    await deps.producer.publish(letter.topic, [replayRecord(letter, edit)]);
    const [replayed] = await tx
      .update(deadLetters)
      .set({ status: "replayed", replayCount: sql`${deadLetters.replayCount} + 1` })
      .where(eq(deadLetters.id, id))
      .returning();
    const edited = edit.payload !== undefined || edit.value !== undefined;
    await tx
      .insert(deadLetterHistory)
      .values(historyEntry(id, "replayed", actor, { replayCount: replayed!.replayCount, ...(edited ? { edit } : {}) }));
    await recordAudit(tx, { actor, action: "dead_letter.replay", target: { type: "dead_letter", id }, details: { edited } });
    await notifyLive(tx, "dead-letters", id);
    return deadLetterView(replayed!);
  });
}
