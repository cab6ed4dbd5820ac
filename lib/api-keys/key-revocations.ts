import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db";

/** Web processes that keep keys in memory LISTEN here, and forget a key the moment it is revoked. */
export const KEY_REVOCATIONS_CHANNEL = "streamops_api_key_revocations";

/** Announces a revocation made in this transaction; delivered only when it commits. */
export async function announceRevocation(db: DbOrTx, keyId: string) {
  await db.execute(sql`select pg_notify(${KEY_REVOCATIONS_CHANNEL}, ${keyId})`);
}
