import { and, asc, eq, gte, sql } from "drizzle-orm";
import { lagSamples } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

export type LagPoint = { at: string; lag: number; committed: number; end: number };

/** A group's total lag at each sample time over the window, oldest first. */
export async function lagHistory(db: DbOrTx, groupId: string, windowMinutes: number): Promise<LagPoint[]> {
  const rows = await db
    .select({
      at: lagSamples.sampledAt,
      lag: sql<string>`sum(${lagSamples.lag})`,
      committed: sql<string>`sum(coalesce(${lagSamples.committedOffset}, 0))`,
      end: sql<string>`sum(${lagSamples.endOffset})`,
    })
    .from(lagSamples)
    .where(and(eq(lagSamples.groupId, groupId), gte(lagSamples.sampledAt, sql`now() - make_interval(mins => ${windowMinutes})`)))
    .groupBy(lagSamples.sampledAt)
    .orderBy(asc(lagSamples.sampledAt));
  return rows.map((row) => ({ at: row.at.toISOString(), lag: Number(row.lag), committed: Number(row.committed), end: Number(row.end) }));
}
