import { z } from "zod";
import { createDb, type Db } from "../lib/db/client";
import { commonEnvShape } from "../lib/env/common";
import { parseEnv } from "../lib/env/parse-env";
import { createLogger } from "../lib/log";

/** Runs a shell command's work against DATABASE_URL with one connection, closed afterwards. */
export async function withDb<T>(work: (db: Db) => Promise<T>, url = parseEnv(z.object(commonEnvShape)).DATABASE_URL): Promise<T> {
  const { db, pool } = createDb({ url, maxConnections: 1, applicationName: "streamops-cli", logger: createLogger("cli", "warn") });
  try {
    return await work(db);
  } finally {
    await pool.end();
  }
}
