import { sql } from "drizzle-orm";
import type { Tx } from "../db/client";
import type { ScheduledRecord } from "./scheduled-record";

/**
 * Deletes and answers up to `limit` due records for these topics, oldest first, skipping rows
 * another worker's scheduler holds. Runs inside the transaction that publishes them: if publishing
 * fails, the rollback puts them back. Only a worker's own topics: deployments (or test runs) with
 * other topic prefixes may share the database, and their records are theirs to send.
 */
export async function takeDueRecords(tx: Tx, topics: string[], limit: number): Promise<ScheduledRecord[]> {
  const result = await tx.execute<{ topic: string; key: string; value: string; headers: Record<string, string>; due_at: string }>(sql`
    delete from scheduled_messages
     where id in (select id from scheduled_messages where due_at <= now() and topic = any(${sql.param(topics)}::text[])
                   order by due_at limit ${limit} for update skip locked)
    returning topic, key, value, headers, due_at`);
  return result.rows.map((row) => ({ ...row, dueAt: new Date(row.due_at) }));
}
