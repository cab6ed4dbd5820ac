import { withDatabase } from "./database";

/**
 * Every match of `pattern` (a PostgreSQL regular expression) in any row of any table, by table:
 * each row is read as its text, so no column a request could reach is missed.
 */
export async function markersInDatabase(pattern: string, exceptTables: string[] = []): Promise<Map<string, string[]>> {
  return withDatabase(async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    );
    const found = new Map<string, string[]>();
    for (const { name } of tables.filter((table) => !exceptTables.includes(table.name))) {
      const { rows } = await client.query<{ marker: string }>(
        `select distinct (regexp_matches(row_text, $1, 'g'))[1] as marker from (select t::text as row_text from "${name}" t) rows`,
        [`(${pattern})`],
      );
      if (rows.length > 0) found.set(name, rows.map((row) => row.marker));
    }
    return found;
  });
}
