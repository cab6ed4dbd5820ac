import { eq } from "drizzle-orm";
import { apiKeys, type DbOrTx } from "../db";

/** Minute resolution is enough for "last used", and spares busy producers a write per request. */
const WRITE_EVERY_MS = 60_000;
const lastWritten = new Map<string, number>();

/** Notes that a key was used; at most one write per key per minute from this process. */
export async function recordKeyUse(db: DbOrTx, keyId: string, now = Date.now()) {
  if (now - (lastWritten.get(keyId) ?? 0) < WRITE_EVERY_MS) return;
  lastWritten.set(keyId, now);
  await db.update(apiKeys).set({ lastUsedAt: new Date(now) }).where(eq(apiKeys.id, keyId));
}
