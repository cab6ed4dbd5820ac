import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";

/**
 * Live updates: the worker announces committed changes with PostgreSQL NOTIFY on this channel; the
 * web app LISTENs once and forwards them to browsers over Server-Sent Events.
 */
export const LIVE_CHANNEL = "streamops_live";

export const liveTopics = ["events", "workflows", "tasks", "dead-letters"] as const;
export type LiveTopic = (typeof liveTopics)[number];

export const liveNoticeSchema = z.object({ topic: z.enum(liveTopics), id: z.string().optional() });
export type LiveNotice = z.infer<typeof liveNoticeSchema>;

/**
 * A `pg_notify` call to put in a statement's select list: it is delivered only if the statement's
 * transaction commits, and costs no extra round trip.
 */
export function liveNotice(topic: LiveTopic, id?: SQL | string): SQL {
  const payload =
    id === undefined
      ? sql`json_build_object('topic', ${topic}::text)`
      : sql`json_build_object('topic', ${topic}::text, 'id', (${id})::text)`;
  return sql`pg_notify(${LIVE_CHANNEL}, ${payload}::text)`;
}

/** A select-list column that sends the notice only if `changed` (a CTE name) has a row. */
export function liveNoticeIf(changed: string, topic: LiveTopic, id?: string): SQL {
  return sql`(select ${liveNotice(topic, id)} from ${sql.raw(changed)} limit 1) as notified`;
}

/** A notice from a NOTIFY payload; anything else on the channel is ignored. */
export function parseLiveNotice(payload: string | undefined): LiveNotice | undefined {
  try {
    const notice = liveNoticeSchema.safeParse(JSON.parse(payload ?? "null"));
    return notice.success ? notice.data : undefined;
  } catch {
    return undefined;
  }
}
