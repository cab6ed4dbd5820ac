import { and, eq } from "drizzle-orm";
import { deadLetters } from "../../drizzle/schema";
import type { DbOrTx } from "../db/client";
import { toPage, type Page } from "../pagination/cursor";
import { newestFirst } from "../pagination/newest-first";
import { deadLetterView, type DeadLetterView } from "./dead-letter-view";
import { filterConditions } from "./filter-conditions";
import type { DeadLetterListQuery } from "./schemas";

/** Dead letters, most recently failed first, by keyset pagination on (last_failed_at, id). */
export async function listDeadLetters(db: DbOrTx, query: DeadLetterListQuery): Promise<Page<DeadLetterView>> {
  const page = newestFirst({ at: deadLetters.lastFailedAt, id: deadLetters.id }, query.cursor);
  const rows = await db
    .select()
    .from(deadLetters)
    .where(and(...filterConditions(query), query.status ? eq(deadLetters.status, query.status) : undefined, page.after))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return toPage(rows, query.limit, deadLetterView, (row) => ({ at: row.lastFailedAt.toISOString(), id: row.id }));
}
