import pg from "pg";
import { e2eEnv } from "../e2e-env";

/**
 * A connection of the test's own to the run's database, for what the API never shows (hashes,
 * triggers): as the owner, or at `url` (e.g. as the role the web app and the worker use).
 */
export async function withDatabase<T>(use: (client: pg.Client) => Promise<T>, url = e2eEnv().databaseUrl): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
