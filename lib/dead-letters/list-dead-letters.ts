import { and, desc, eq, lt, or } from "drizzle-orm";
import { deadLetters } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { decodeCursor, toPage, type Page } from "../pagination/cursor";
import { deadLetterView, type DeadLetterView } from "./dead-letter-view";
import { filterConditions } from "./filter-conditions";
import type { DeadLetterListQuery } from "./schemas";

/** Dead letters, most recently failed first, by keyset pagination on (last_failed_at, id). */
export async function listDeadLetters(db: DbOrTx, query: DeadLetterListQuery): Promise<Page<DeadLetterView>> {
  const conditions = [...filterConditions(query), query.status ? eq(deadLetters.status, query.status) : undefined];
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    const at = new Date(cursor.at);
    conditions.push(
      or(lt(deadLetters.lastFailedAt, at), and(eq(deadLetters.lastFailedAt, at), lt(deadLetters.id, cursor.id))),
    );
  }
  const rows = await db
    .select()
    .from(deadLetters)
    .where(and(...conditions))
    .orderBy(desc(deadLetters.lastFailedAt), desc(deadLetters.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, deadLetterView, (row) => ({ at: row.lastFailedAt.toISOString(), id: row.id }));
}
