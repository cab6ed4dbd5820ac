import { and, eq, isNull } from "drizzle-orm";
import { users, type DbOrTx } from "../db";

/**
 * A session names its user by id; the role and session version are read here on every request, so
 * a role change, a disabled account or an ended session takes effect at once rather than when the
 * session expires.
 */
export async function findActiveUser(db: DbOrTx, id: string) {
  const [user] = await db
    .select({ id: users.id, email: users.email, role: users.role, sessionVersion: users.sessionVersion })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)));
  return user ?? null;
}
