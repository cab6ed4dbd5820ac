import { eq, sql } from "drizzle-orm";
import { users, type DbOrTx } from "../db";

/** The update that ends every session a user has open: each carries the version it began with. */
export const nextSessionVersion = sql`${users.sessionVersion} + 1`;

/** Signing out ends every session of that person, on every device: one version per user. */
export async function endSessions(db: DbOrTx, userId: string) {
  await db.update(users).set({ sessionVersion: nextSessionVersion }).where(eq(users.id, userId));
}
