import { and, eq, isNull } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { apiKeys, type Db } from "../db";
import { assertKnownIdShape, NotFoundError } from "../errors";
import { apiKeyView } from "./api-key-view";
import { announceRevocation } from "./key-revocations";

/** Revokes a key: its next request is refused. Revoking it again keeps the first time and audits nothing. */
export async function revokeApiKey(db: Db, id: string, actor: Actor) {
  assertKnownIdShape(id, "API key");
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning();
    if (revoked) {
      await announceRevocation(tx, id);
      await recordAudit(tx, { actor, action: "api_key.revoke", target: { type: "api_key", id }, details: { name: revoked.name, prefix: revoked.prefix } });
      return apiKeyView(revoked);
    }
    const [key] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id));
    if (!key) throw new NotFoundError(`No API key ${id}`);
    return apiKeyView(key);
  });
}
