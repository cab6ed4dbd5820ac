import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * A select list naming each of the table's columns as its drizzle field (prefixed), so a raw
 * statement that returns rows of two tables can be read back into drizzle's own row shapes with
 * `fieldsOf`. The driver already parses the types (timestamptz to Date, jsonb to objects).
 */
export function columnsAsFields(table: PgTable, alias: string, prefix: string): SQL {
  const key = `${alias}:${prefix}`;
  const known = built.get(table)?.get(key);
  if (known) return known;
  const columns = Object.entries(getTableColumns(table)).map(([field, column]) => `"${alias}"."${column.name}" as "${prefix}.${field}"`);
  // Built once per table and alias: these lists sit on the engine's hot path.
  const list = sql.raw(columns.join(", "));
  built.set(table, (built.get(table) ?? new Map()).set(key, list));
  return list;
}

const built = new WeakMap<PgTable, Map<string, SQL>>();

/** The fields `columnsAsFields` selected under `prefix`, as one row object. */
export function fieldsOf<Row>(row: Record<string, unknown>, prefix: string): Row {
  const start = `${prefix}.`;
  return Object.fromEntries(Object.entries(row).flatMap(([name, value]) => (name.startsWith(start) ? [[name.slice(start.length), value]] : []))) as Row;
}
