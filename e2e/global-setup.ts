import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withDb } from "../scripts/with-db";
import { e2eEnv } from "./e2e-env";
import { storageStateOf } from "./support/e2e-auth";
import { seedAccess } from "./support/seed-access";
import { signIn } from "./support/sign-in";

/**
 * The suite writes rows and topics freely, so it refuses any database that is not on this machine.
 * Then it seeds a user of each role and API keys, and signs each user in once for the specs.
 */
export default async function globalSetup() {
  const env = e2eEnv();
  const { hostname } = new URL(env.databaseUrl);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(hostname)) {
    throw new Error(`e2e tests refuse the non-local database host ${hostname}`);
  }
  const access = await withDb((db) => seedAccess(db, env.topicPrefix.replace(/\W+$/, "")), env.databaseUrl);
  mkdirSync(env.authDir, { recursive: true });
  writeFileSync(path.join(env.authDir, "access.json"), JSON.stringify(access));
  for (const user of Object.values(access.users)) {
    const session = await signIn(env.baseUrl, user.email, user.password);
    await session.storageState({ path: storageStateOf(user.role) });
    await session.dispose();
  }
}
