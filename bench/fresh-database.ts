import pg from "pg";

/**
 * Each run starts from an empty database, so the worker's table and the bare loop's table are the
 * same size when they are compared, and one run's rows never slow the next.
 */
export async function dropBenchDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/_bench(_[a-z0-9]+)?$/.test(name)) throw new Error(`refusing to drop ${name}: the bench only drops a database named *_bench or *_bench_<suffix>`);
  target.pathname = "/postgres";
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}
