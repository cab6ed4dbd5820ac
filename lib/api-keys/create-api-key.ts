import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { apiKeys, type Db } from "../db";
import { generateApiKeyToken } from "./api-key-token";
import { apiKeyView } from "./api-key-view";
import type { CreateApiKeyInput } from "./schemas";

/** Creates a key and returns its token: the only time anyone sees it. */
export async function createApiKey(db: Db, input: CreateApiKeyInput, actor: Actor) {
  const { token, prefix, secretHash } = generateApiKeyToken();
  const createdBy = actor.principal.type === "user" ? actor.principal.id : null;
  return db.transaction(async (tx) => {
    const [key] = await tx.insert(apiKeys).values({ ...input, prefix, secretHash, createdBy }).returning();
    await recordAudit(tx, { actor, action: "api_key.create", target: { type: "api_key", id: key!.id }, details: { name: key!.name, prefix, scopes: key!.scopes } });
    return { ...apiKeyView(key!), token };
  });
}
