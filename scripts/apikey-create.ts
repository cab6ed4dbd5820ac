import { createApiKey, createApiKeySchema } from "../lib/api-keys";
import { systemActor } from "../lib/auth/system-actor";
import { cliOptions, fail, parseOptions } from "./cli-args";
import { withDb } from "./with-db";

const USAGE = "npm run apikey:create -- --name billing-service --scopes events:write,read";

/** Creates an API key from the shell and prints its token, the only time it is shown. */
async function main() {
  const options = cliOptions(["name", "scopes"], USAGE);
  const scopes = options.scopes?.split(",").map((scope) => scope.trim()).filter(Boolean);
  const input = parseOptions(createApiKeySchema, { name: options.name, scopes }, USAGE);
  const key = await withDb((db) => createApiKey(db, input, systemActor("apikey:create")));
  console.log(`created API key "${key.name}" (${key.prefix}…) with scopes ${key.scopes.join(", ")}`);
  console.log(`token (shown once; send it as "Authorization: Bearer <token>"):\n${key.token}`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
