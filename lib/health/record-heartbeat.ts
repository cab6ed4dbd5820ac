import { eq } from "drizzle-orm";
import { workerHeartbeats } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

export type WorkerIdentity = { workerId: string; hostname: string; pid: number; startedAt: Date };

export async function recordHeartbeat(db: DbOrTx, worker: WorkerIdentity): Promise<void> {
  const now = new Date();
  await db
    .insert(workerHeartbeats)
    .values({ ...worker, lastSeenAt: now, stoppedAt: null })
    .onConflictDoUpdate({ target: workerHeartbeats.workerId, set: { ...worker, lastSeenAt: now, stoppedAt: null } });
}

export async function recordStopped(db: DbOrTx, workerId: string): Promise<void> {
  await db.update(workerHeartbeats).set({ stoppedAt: new Date() }).where(eq(workerHeartbeats.workerId, workerId));
}
