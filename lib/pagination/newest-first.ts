import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { decodeCursor } from "./cursor";

/**
 * Keyset paging, newest first, on a time column with the id as tie-breaker: the order to sort by
 * and, given a cursor, the condition for rows strictly after it.
 */
export function newestFirst(columns: { at: PgColumn; id: PgColumn }, cursorValue: string | undefined) {
  let after: SQL | undefined;
  if (cursorValue) {
    const cursor = decodeCursor(cursorValue);
    const at = new Date(cursor.at);
    after = or(lt(columns.at, at), and(eq(columns.at, at), lt(columns.id, cursor.id)));
  }
  return { after, orderBy: [desc(columns.at), desc(columns.id)] };
}
