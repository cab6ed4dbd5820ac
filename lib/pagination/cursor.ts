import { z } from "zod";
import { ValidationError } from "../errors";

/** Keyset position of the last item on a page: newest-first lists continue strictly below it. */
const cursorSchema = z.object({ at: z.iso.datetime({ offset: true }), id: z.string().min(1) });

export type Cursor = z.infer<typeof cursorSchema>;

/** Any position as an opaque token; clients pass it back unread. */
export function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

/** Reads a token back with the schema of what it must hold; anything else was not issued by this API. */
export function decodeCursorWith<Schema extends z.ZodType>(schema: Schema, value: string): z.output<Schema> {
  try {
    return schema.parse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
  } catch {
    throw new ValidationError("Invalid cursor", [{ path: "cursor", message: "not a cursor this API issued" }]);
  }
}

export const decodeCursor = (value: string): Cursor => decodeCursorWith(cursorSchema, value);

export type Page<T> = { items: T[]; nextCursor: string | null };

/** Callers fetch limit + 1 rows; the extra row only tells whether another page exists. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  view: (row: Row) => Item,
  cursorOf: (row: Row) => Cursor,
): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(view),
    nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null,
  };
}
