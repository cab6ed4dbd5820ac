import { sql, type SQL } from "drizzle-orm";

/** A Kafka record to publish at `dueAt`; see the scheduled_messages table. */
export type ScheduledRecord = { topic: string; key: string; value: string; headers: Record<string, string>; dueAt: Date };

/** `insert into scheduled_messages ... select ... from <source>`: schedules the record only if `source` has a row. */
export function scheduleIfAny(source: SQL, record: ScheduledRecord): SQL {
  return sql`insert into scheduled_messages (topic, key, value, headers, due_at)
    select ${record.topic}, ${record.key}, ${record.value}, ${JSON.stringify(record.headers)}::jsonb, ${record.dueAt.toISOString()}::timestamptz
      from ${source} limit 1`;
}
