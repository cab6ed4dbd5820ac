import { and, eq, isNull } from "drizzle-orm";
import { apiKeys, type DbOrTx } from "../db";
import { hashApiKeyToken, looksLikeApiKeyToken } from "./api-key-token";

/** The live key a presented token names, or null: unknown, malformed and revoked look the same. */
export async function findApiKey(db: DbOrTx, token: string) {
  if (!looksLikeApiKeyToken(token)) return null;
  const [key] = await db
    .select({ id: apiKeys.id, name: apiKeys.name, scopes: apiKeys.scopes })
    .from(apiKeys)
    .where(and(eq(apiKeys.secretHash, hashApiKeyToken(token)), isNull(apiKeys.revokedAt)));
  return key ?? null;
}
