import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { liveNotice } from "../live/live-notice";
import { countIntoRollups } from "./count-into-rollups";

/** Counts records sent to the dead-letter queue, and announces them, inside the transaction that stores them. */
export async function countDeadLettered(db: DbOrTx, count: number): Promise<void> {
  await db.execute(sql`
    with failed as (select generate_series(1, ${count})), counted as (${countIntoRollups("records.dead_lettered", sql`failed`)})
    select ${liveNotice("dead-letters")}`);
}
