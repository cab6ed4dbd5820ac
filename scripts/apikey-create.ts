import { createApiKey, createApiKeySchema } from "../lib/api-keys";
import { systemActor } from "../lib/auth/system-actor";
import { cliOptions, fail, parseOptions } from "./cli-args";
import { withDb } from "./with-db";

const USAGE = "npm run apikey:create -- --name billing-service --scopes events:write,read [--expires-in-days 90]";

/** Creates an API key from the shell and prints its token, the only time it is shown. */
async function main() {
  const options = cliOptions(["name", "scopes", "expires-in-days"], USAGE);
  const scopes = options.scopes?.split(",").map((scope) => scope.trim()).filter(Boolean);
  const days = options["expires-in-days"];
  const expiresInDays = days === undefined ? undefined : /^\d+$/.test(days) ? Number(days) : days;
  const input = parseOptions(createApiKeySchema, { name: options.name, scopes, expiresInDays }, USAGE);
  const key = await withDb((db) => createApiKey(db, input, systemActor("apikey:create")));
  const until = key.expiresAt ? `, valid until ${key.expiresAt}` : "";
  console.log(`created API key "${key.name}" (${key.prefix}…) with scopes ${key.scopes.join(", ")}${until}`);
  console.log(`token (shown once; send it as "Authorization: Bearer <token>"):\n${key.token}`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
