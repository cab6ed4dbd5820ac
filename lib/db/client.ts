import { drizzle, type NodePgDatabase, type NodePgTransaction } from "drizzle-orm/node-postgres";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { Pool } from "pg";
import * as schema from "../../drizzle/schema";
import type { Logger } from "../log";

export type Schema = typeof schema;
export type Db = NodePgDatabase<Schema>;
export type Tx = NodePgTransaction<Schema, ExtractTablesWithRelations<Schema>>;
/** Query functions take this first so callers can compose them inside one transaction. */
export type DbOrTx = Db | Tx;

export function createDb(options: { url: string; maxConnections: number; applicationName: string; logger: Logger }) {
  const pool = new Pool({
    connectionString: options.url,
    max: options.maxConnections,
    application_name: options.applicationName,
    connectionTimeoutMillis: 5000,
  });
  // An idle connection the server drops (restart, failover) is reported here; unhandled, the
  // event would end the process. The pool replaces the connection on next use.
  pool.on("error", (error) => options.logger.warn({ err: error }, "idle database connection lost"));
  // A connection lost while checked out (say, in a transaction waiting on Kafka) is reported on the
  // client itself, and an unheard 'error' event would end the process. Its caller's next query
  // fails instead, and that failure is handled (and retried) where the work is.
  pool.on("connect", (client) => client.on("error", (error) => options.logger.warn({ err: error }, "database connection lost while in use")));
  return { db: drizzle(pool, { schema }), pool };
}
