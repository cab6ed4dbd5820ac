import { randomBytes } from "node:crypto";
import { count } from "drizzle-orm";
import { apiKeyScopes, createApiKey } from "../lib/api-keys";
import { systemActor } from "../lib/auth/system-actor";
import { users, type Db } from "../lib/db";
import { createUser } from "../lib/users";

const LOCAL_ADMIN_EMAIL = "admin@streamops.local";

/**
 * On the first start of an installation with nobody in it: an admin and an API key with every
 * scope, so a newcomer can sign in and post at once. Their secrets are returned to be printed
 * once; nothing is created (or printed) again on later starts.
 */
export async function provisionLocalAccess(db: Db) {
  const [existing] = await db.select({ users: count() }).from(users);
  if (existing!.users > 0) return null;
  const actor = systemActor("start");
  const password = randomBytes(12).toString("base64url");
  const admin = await createUser(db, { email: LOCAL_ADMIN_EMAIL, password, role: "admin" }, actor);
  const key = await createApiKey(db, { name: "local", scopes: [...apiKeyScopes] }, actor);
  return { email: admin.email, password, apiKey: key.token };
}
