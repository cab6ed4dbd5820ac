import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Message } from "kafkajs";
import { deadLetterHistory, deadLetters } from "../../drizzle/schema";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { notifyLive } from "../live/notify-live";
import { filterConditions } from "./filter-conditions";
import { historyEntry } from "./history-entry";
import type { ReplayDeps } from "./replay-dead-letter";
import { replayRecord } from "./replay-record";
import type { BulkReplaySelection } from "./schemas";

/**
 * Letters claimed, published and marked per transaction: a tenth of a second's worth at the pace,
 * so the worker sees a steady stream rather than bursts that delay live traffic behind them.
 */
const chunkSize = (perSecond: number) => Math.min(200, Math.max(10, Math.round(perSecond / 10)));

/**
 * Replays every pending letter the selection names that has replays left, in chunks claimed with
 * FOR UPDATE SKIP LOCKED (so concurrent replays never take the same letter), at no more than
 * `perSecond` letters a second so a large replay leaves room for live traffic.
 */
export async function replayDeadLetters(
  deps: ReplayDeps & { perSecond: number },
  selection: BulkReplaySelection,
  actor: Actor,
): Promise<{ replayed: number }> {
  const selected = "ids" in selection ? [inArray(deadLetters.id, selection.ids)] : filterConditions(selection.filter);
  // Letters that fail again while this runs come back with a later failure time; leaving them out
  // takes each letter at most once per request, instead of replaying it in a loop.
  const [{ asOf }] = (await deps.db.execute<{ asOf: string }>(sql`select now()::text as "asOf"`)).rows as [{ asOf: string }];
  const started = Date.now();
  let replayed = 0;
  for (;;) {
    const claimed = await deps.db.transaction(async (tx) => {
      const letters = await tx
        .select()
        .from(deadLetters)
        .where(
          and(
            eq(deadLetters.status, "pending"),
            lt(deadLetters.replayCount, deps.maxReplays),
            sql`${deadLetters.lastFailedAt} <= ${asOf}::timestamptz`,
            ...selected,
          ),
        )
        .orderBy(asc(deadLetters.lastFailedAt))
        .limit(chunkSize(deps.perSecond))
        .for("update", { skipLocked: true });
      if (letters.length === 0) return 0;
      const byTopic = new Map<string, Message[]>();
      for (const letter of letters) byTopic.set(letter.topic, [...(byTopic.get(letter.topic) ?? []), replayRecord(letter, {})]);
      // Raw on purpose: each record goes back as it arrived to the topic it came from.
      await Promise.all([...byTopic].map(([topic, records]) => deps.producer.publish(topic, records)));
      const ids = letters.map((letter) => letter.id);
      const marked = await tx
        .update(deadLetters)
        .set({ status: "replayed", replayCount: sql`${deadLetters.replayCount} + 1` })
        .where(inArray(deadLetters.id, ids))
        .returning({ id: deadLetters.id, replayCount: deadLetters.replayCount });
      await tx
        .insert(deadLetterHistory)
        .values(marked.map((letter) => historyEntry(letter.id, "replayed", actor, { replayCount: letter.replayCount, bulk: true })));
      // One audit row per chunk, in its transaction: every replayed letter is accounted for.
      await recordAudit(tx, { actor, action: "dead_letter.bulk_replay", details: { count: ids.length, deadLetterIds: ids } });
      await notifyLive(tx, "dead-letters");
      return letters.length;
    });
    if (claimed === 0) return { replayed };
    replayed += claimed;
    const aheadMs = (replayed / deps.perSecond) * 1000 - (Date.now() - started);
    if (aheadMs > 0) await new Promise((resolve) => setTimeout(resolve, aheadMs));
  }
}
