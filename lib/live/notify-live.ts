import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { liveNotice, type LiveTopic } from "./live-notice";

/** Announces a change made in this transaction; delivered only when it commits. */
export async function notifyLive(db: DbOrTx, topic: LiveTopic, id?: string): Promise<void> {
  await db.execute(sql`select ${liveNotice(topic, id)}`);
}
