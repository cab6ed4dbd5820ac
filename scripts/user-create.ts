import { randomBytes } from "node:crypto";
import { systemActor } from "../lib/auth/system-actor";
import { createUser, createUserSchema } from "../lib/users";
import { cliOptions, fail, parseOptions } from "./cli-args";
import { withDb } from "./with-db";

const USAGE = "npm run user:create -- --email ada@example.com --role viewer|operator|admin [--password ...]";

/** Creates a user from the shell; without --password one is generated and printed once. */
async function main() {
  const options = cliOptions(["email", "role", "password"], USAGE);
  const generated = options.password === undefined;
  const input = parseOptions(createUserSchema, { ...options, password: options.password ?? randomBytes(12).toString("base64url") }, USAGE);
  const user = await withDb((db) => createUser(db, input, systemActor("user:create")));
  console.log(`created ${user.role} ${user.email}`);
  if (generated) console.log(`password (shown once): ${input.password}`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
