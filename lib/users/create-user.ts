import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { users, type Db } from "../db";
import { ConflictError } from "../errors";
import { hashPassword } from "./passwords";
import type { CreateUserInput } from "./schemas";
import { userView } from "./user-view";

export async function createUser(db: Db, input: CreateUserInput, actor: Actor) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, role: input.role, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!user) throw new ConflictError(`A user with the email ${input.email} already exists`);
    await recordAudit(tx, { actor, action: "user.create", target: { type: "user", id: user.id }, details: { email: user.email, role: user.role } });
    return userView(user);
  });
}
