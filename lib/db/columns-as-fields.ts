import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * A select list naming each of the table's columns as its drizzle field (prefixed), so a raw
 * statement that returns rows of two tables can be read back into drizzle's own row shapes with
 * `fieldsOf`. The driver already parses the types (timestamptz to Date, jsonb to objects).
 */
export function columnsAsFields(table: PgTable, alias: string, prefix: string): SQL {
  const columns = Object.entries(getTableColumns(table)).map(
    ([field, column]) => sql`${sql.identifier(alias)}.${sql.identifier(column.name)} as ${sql.identifier(`${prefix}.${field}`)}`,
  );
  return sql.join(columns, sql`, `);
}

/** The fields `columnsAsFields` selected under `prefix`, as one row object. */
export function fieldsOf<Row>(row: Record<string, unknown>, prefix: string): Row {
  const start = `${prefix}.`;
  return Object.fromEntries(Object.entries(row).flatMap(([name, value]) => (name.startsWith(start) ? [[name.slice(start.length), value]] : []))) as Row;
}
