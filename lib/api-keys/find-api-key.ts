import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import { apiKeys, type DbOrTx } from "../db";
import { hashApiKeyToken, looksLikeApiKeyToken } from "./api-key-token";

/** The live key a presented token names, or null: unknown, malformed, expired and revoked look the same. */
export async function findApiKey(db: DbOrTx, token: string) {
  if (!looksLikeApiKeyToken(token)) return null;
  const [key] = await db
    .select({ id: apiKeys.id, name: apiKeys.name, scopes: apiKeys.scopes, expiresAt: apiKeys.expiresAt })
    .from(apiKeys)
    .where(
      and(
        eq(apiKeys.secretHash, hashApiKeyToken(token)),
        isNull(apiKeys.revokedAt),
        or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, sql`now()`)),
      ),
    );
  return key ?? null;
}
