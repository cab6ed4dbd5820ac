import { and, gt, isNull } from "drizzle-orm";
import { workerHeartbeats } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

/** Workers that are running and beat within the window. */
export async function liveWorkers(db: DbOrTx, staleAfterMs: number) {
  const rows = await db
    .select()
    .from(workerHeartbeats)
    .where(and(isNull(workerHeartbeats.stoppedAt), gt(workerHeartbeats.lastSeenAt, new Date(Date.now() - staleAfterMs))));
  return rows.map((row) => ({
    workerId: row.workerId,
    hostname: row.hostname,
    pid: row.pid,
    startedAt: row.startedAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
  }));
}
