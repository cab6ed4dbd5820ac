import { sql } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { users, type Db } from "../db";
import { hashPassword } from "./passwords";
import { emailSchema, passwordSchema } from "./schemas";

/**
 * ADMIN_EMAIL / ADMIN_PASSWORD at start-up: creates that admin, or makes an existing account an
 * enabled admin with that password, so a lost admin password is recovered by restarting.
 */
export async function ensureAdmin(db: Db, credentials: { email: string; password: string }, actor: Actor) {
  const email = emailSchema.parse(credentials.email);
  const passwordHash = await hashPassword(passwordSchema.parse(credentials.password));
  await db.transaction(async (tx) => {
    const [admin] = await tx
      .insert(users)
      .values({ email, passwordHash, role: "admin" })
      .onConflictDoUpdate({
        target: users.email,
        set: { passwordHash, role: "admin", disabledAt: null, updatedAt: sql`now()` },
      })
      .returning({ id: users.id });
    await recordAudit(tx, { actor, action: "user.update", target: { type: "user", id: admin!.id }, details: { email, role: "admin", fromEnvironment: true } });
  });
}
