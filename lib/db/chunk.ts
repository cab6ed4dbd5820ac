/** PostgreSQL allows 65,535 bind parameters per statement; multi-row inserts stay well below. */
export const INSERT_CHUNK_ROWS = 1000;

export function chunk<T>(items: T[], size = INSERT_CHUNK_ROWS): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
