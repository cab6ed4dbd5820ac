import type pg from "pg";

/**
 * Fills the bench database to the scale the dashboard must stay fast at: a million processed
 * events over the last week (20 types, 1,000 keys) with their per-minute roll-ups, and 20,000
 * workflows and tasks. Generated inside PostgreSQL, so seeding takes seconds, not an hour of ingest.
 */
export async function seedMillion(pool: pg.Pool, eventsTopic: string) {
  await pool.query(`
    insert into processed_events (event_id, event_type, key, source, payload, schema_version, occurred_at, accepted_at, processed_at, topic, partition, "offset")
    select gen_random_uuid(), 'seed.type-' || (n % 20), 'seed-key-' || (n % 1000), 'seed', jsonb_build_object('n', n), 1,
           t, t, t + interval '5 milliseconds', $1, n % 6, n
      from generate_series(1, 1000000) as n, lateral (select now() - (n * interval '600 milliseconds')) as at(t)`,
    [eventsTopic],
  );
  await pool.query(`
    insert into metric_rollups (minute, metric, dimension, le_ms, count)
    select date_trunc('minute', processed_at), 'events.processed', event_type, 10, count(*)
      from processed_events where source = 'seed' group by 1, 3
    on conflict (metric, minute, dimension, le_ms) do update set count = metric_rollups.count + excluded.count`);
  await pool.query(`
    insert into workflows (id, name, priority, status, step_count, current_step, input, data, retry_policy, created_at, completed_at)
    select gen_random_uuid(), 'seed workflow ' || n, (array['high','medium','low'])[1 + n % 3], (array['completed','failed','processing'])[1 + n % 3],
           3, 3, '{}', '{}', '{"maxRetries":3,"initialDelayMs":1000,"multiplier":2,"maxDelayMs":300000}', now() - n * interval '30 seconds', now()
      from generate_series(1, 20000) as n`);
  await pool.query(`
    insert into workflow_steps (workflow_id, step_index, type, options, status, attempts)
    select id, i, (array['validate','transform','store'])[i + 1], '{}', 'completed', 1 from workflows, generate_series(0, 2) as i
     where name like 'seed workflow %'`);
  await pool.query(`
    insert into tasks (id, type, data, status, attempts, retry_policy, created_at)
    select gen_random_uuid(), (array['email','notification','export'])[1 + n % 3], '{}', (array['completed','failed','pending'])[1 + n % 3], 1,
           '{"maxRetries":3,"initialDelayMs":1000,"multiplier":2,"maxDelayMs":300000}', now() - n * interval '30 seconds'
      from generate_series(1, 20000) as n`);
  await pool.query("analyze");
}
