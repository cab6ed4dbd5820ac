import { randomBytes } from "node:crypto";
import { apiKeyScopes, createApiKey, revokeApiKey, type ApiKeyScope } from "../../lib/api-keys";
import { systemActor } from "../../lib/auth/system-actor";
import type { Role } from "../../lib/auth/roles";
import type { Db } from "../../lib/db";
import { ensureUser } from "../../lib/users";

export type SeededUser = { email: string; password: string; role: Role };
export type SeededAccess = {
  users: Record<Role, SeededUser>;
  /** One key per scope, one with every scope, and one that has been revoked. */
  keys: Record<ApiKeyScope | "all" | "revoked", string>;
};

const roles: Role[] = ["viewer", "operator", "admin"];

/** Users of each role (fresh passwords each run) and keys, straight into the test database. */
export async function seedAccess(db: Db, runId: string): Promise<SeededAccess> {
  const actor = systemActor("e2e-setup");
  const seededUsers = {} as Record<Role, SeededUser>;
  for (const role of roles) {
    const user = { email: `e2e-${role}@streamops.test`, password: randomBytes(12).toString("base64url"), role };
    await ensureUser(db, user, actor);
    seededUsers[role] = user;
  }
  const key = async (name: string, scopes: ApiKeyScope[]) => (await createApiKey(db, { name: `e2e-${runId}-${name}`, scopes }, actor)).token;
  const keys = { all: await key("all", [...apiKeyScopes]) } as SeededAccess["keys"];
  for (const scope of apiKeyScopes) keys[scope] = await key(scope, [scope]);
  const revoked = await createApiKey(db, { name: `e2e-${runId}-revoked`, scopes: [...apiKeyScopes] }, actor);
  await revokeApiKey(db, revoked.id, actor);
  keys.revoked = revoked.token;
  return { users: seededUsers, keys };
}
