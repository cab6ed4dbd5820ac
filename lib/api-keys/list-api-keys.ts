import { desc } from "drizzle-orm";
import { apiKeys, type DbOrTx } from "../db";
import { apiKeyView } from "./api-key-view";

/** Every key, newest first, revoked ones included so their history stays readable. */
export async function listApiKeys(db: DbOrTx) {
  const rows = await db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt));
  return rows.map(apiKeyView);
}
