import { and, eq, isNull } from "drizzle-orm";
import { users, type DbOrTx } from "../db";
import { hashPassword, verifyPassword } from "./passwords";

/** Hashed once, so an unknown email costs as much time as a wrong password and reveals nothing. */
let decoyHash: Promise<string> | undefined;

/** The enabled user with this email and password, or null. */
export async function verifyCredentials(db: DbOrTx, email: string, password: string) {
  const [user] = await db.select().from(users).where(and(eq(users.email, email), isNull(users.disabledAt)));
  decoyHash ??= hashPassword("streamops-decoy-password");
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  return user && matches ? { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion } : null;
}
