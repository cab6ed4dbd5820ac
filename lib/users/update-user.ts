import { and, eq, ne, sql } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { roleAtLeast } from "../auth/roles";
import { users, type Db, type Tx } from "../db";
import { assertKnownIdShape, ConflictError, NotFoundError } from "../errors";
import { nextSessionVersion } from "./end-sessions";
import { hashPassword } from "./passwords";
import type { UpdateUserInput } from "./schemas";
import { userView } from "./user-view";

/**
 * Changes a user's role, enabled state or password. The last enabled admin cannot be demoted or
 * disabled, so nobody locks everyone out of user management. A new password, disabling and a lower
 * role end the user's open sessions (a new password locks out whoever knew the old one); a higher
 * role applies to them at once.
 */
export async function updateUser(db: Db, id: string, change: UpdateUserInput, actor: Actor) {
  assertKnownIdShape(id, "user");
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
  return db.transaction(async (tx) => {
    // Serializes admin changes, so two at once cannot both remove "the other" last admin.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('streamops.users.admins'))`);
    const [before] = await tx.select().from(users).where(eq(users.id, id));
    if (!before) throw new NotFoundError(`No user ${id}`);
    const endsSessions = change.password !== undefined || change.disabled === true || (change.role !== undefined && !roleAtLeast(change.role, before.role));
    const losesAdmin = before.role === "admin" && ((change.role && change.role !== "admin") || change.disabled === true);
    if (losesAdmin && !(await anotherEnabledAdmin(tx, id))) {
      throw new ConflictError("This is the last enabled admin; make another admin first");
    }
    const [after] = await tx
      .update(users)
      .set({
        role: change.role,
        passwordHash,
        disabledAt: change.disabled === undefined ? undefined : change.disabled ? sql`coalesce(${users.disabledAt}, now())` : null,
        updatedAt: sql`now()`,
        sessionVersion: endsSessions ? nextSessionVersion : undefined,
      })
      .where(eq(users.id, id))
      .returning();
    const changed = { role: change.role, disabled: change.disabled, passwordChanged: change.password !== undefined || undefined };
    await recordAudit(tx, { actor, action: "user.update", target: { type: "user", id }, details: { email: before.email, previousRole: before.role, ...changed } });
    return userView(after!);
  });
}

async function anotherEnabledAdmin(tx: Tx, id: string) {
  const [other] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), sql`${users.disabledAt} is null`, ne(users.id, id)))
    .limit(1);
  return other !== undefined;
}
