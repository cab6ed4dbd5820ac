import { desc, eq } from "drizzle-orm";
import { processedEvents } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { USER_ACTIVITY_SOURCE } from "./schemas";
import { userActivityView } from "./user-activity-view";

/** The seed returns a bare array; it is capped so the response stays bounded. */
export const USER_ACTIVITY_LIST_LIMIT = 1000;

export async function listUserActivity(db: DbOrTx) {
  const rows = await db
    .select()
    .from(processedEvents)
    .where(eq(processedEvents.source, USER_ACTIVITY_SOURCE))
    .orderBy(desc(processedEvents.occurredAt))
    .limit(USER_ACTIVITY_LIST_LIMIT);
  return rows.map((row) => userActivityView({ ...row, timestamp: row.occurredAt.toISOString() }));
}
