import { sql } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { apiKeys, type Db } from "../db";
import { generateApiKeyToken } from "./api-key-token";
import { apiKeyView } from "./api-key-view";
import type { CreateApiKeyInput } from "./schemas";

/** Creates a key and returns its token: the only time anyone sees it. Its expiry runs on the database's clock, as does the check. */
export async function createApiKey(db: Db, input: CreateApiKeyInput, actor: Actor) {
  const { token, prefix, secretHash } = generateApiKeyToken();
  const createdBy = actor.principal.type === "user" ? actor.principal.id : null;
  const { name, scopes, expiresInDays } = input;
  const expiresAt = expiresInDays === undefined ? null : sql`now() + make_interval(days => ${expiresInDays})`;
  return db.transaction(async (tx) => {
    const [key] = await tx.insert(apiKeys).values({ name, scopes, prefix, secretHash, createdBy, expiresAt }).returning();
    const details = { name: key!.name, prefix, scopes: key!.scopes, expiresAt: key!.expiresAt?.toISOString() ?? null };
    await recordAudit(tx, { actor, action: "api_key.create", target: { type: "api_key", id: key!.id }, details });
    return { ...apiKeyView(key!), token };
  });
}
