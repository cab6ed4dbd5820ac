import { count, eq } from "drizzle-orm";
import { deadLetters } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";

/** How many letters wait for an operator (served by the status index). */
export async function countPendingDeadLetters(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ pending: count() }).from(deadLetters).where(eq(deadLetters.status, "pending"));
  return row?.pending ?? 0;
}
