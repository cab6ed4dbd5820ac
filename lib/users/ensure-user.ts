import { sql } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import type { Role } from "../auth/roles";
import { users, type Db } from "../db";
import { nextSessionVersion } from "./end-sessions";
import { hashPassword } from "./passwords";
import { emailSchema, passwordSchema } from "./schemas";

/**
 * Makes this person exist, enabled, with this role and password, whether or not they did before:
 * ADMIN_EMAIL / ADMIN_PASSWORD at start-up (so a lost admin password is recovered by restarting),
 * and the people the e2e suite signs in as. The password is set anew, so their open sessions end.
 */
export async function ensureUser(db: Db, person: { email: string; password: string; role: Role }, actor: Actor) {
  const email = emailSchema.parse(person.email);
  const passwordHash = await hashPassword(passwordSchema.parse(person.password));
  const { role } = person;
  await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, passwordHash, role })
      .onConflictDoUpdate({ target: users.email, set: { passwordHash, role, disabledAt: null, updatedAt: sql`now()`, sessionVersion: nextSessionVersion } })
      .returning({ id: users.id });
    await recordAudit(tx, { actor, action: "user.update", target: { type: "user", id: user!.id }, details: { email, role } });
  });
}
