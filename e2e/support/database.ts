import pg from "pg";
import { e2eEnv } from "../e2e-env";

/** A connection of the test's own to the run's database, for what the API never shows (hashes, triggers). */
export async function withDatabase<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eEnv().databaseUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
