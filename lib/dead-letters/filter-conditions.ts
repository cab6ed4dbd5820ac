import { eq, gte, lte, type SQL } from "drizzle-orm";
import { deadLetters } from "../../drizzle/schema";
import type { DeadLetterFilter } from "./schemas";

/** The WHERE terms shared by the list and by bulk replay; time range is on the last failure. */
export function filterConditions(filter: DeadLetterFilter): (SQL | undefined)[] {
  return [
    filter.topic ? eq(deadLetters.topic, filter.topic) : undefined,
    filter.errorClass ? eq(deadLetters.errorClass, filter.errorClass) : undefined,
    filter.key ? eq(deadLetters.key, filter.key) : undefined,
    filter.from ? gte(deadLetters.lastFailedAt, new Date(filter.from)) : undefined,
    filter.to ? lte(deadLetters.lastFailedAt, new Date(filter.to)) : undefined,
  ];
}
