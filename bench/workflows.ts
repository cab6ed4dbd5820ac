import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { BenchClient } from "./bench-client";
import { sendAtRate } from "./open-loop";

const STEPS = ["validate", { type: "transform", map: { "order.id": "n" } }, "store"];

async function waitForCompletion(pool: pg.Pool, name: string, expected: number) {
  for (let waited = 0; waited < 120_000; waited += 250) {
    const { rows } = await pool.query("select count(*)::int as n from workflows where name = $1 and status = 'completed'", [name]);
    if (rows[0].n >= expected) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Three-step workflows posted at a steady rate through the API. Throughput is what completed per
 * second from the first acceptance to the last completion (it falls below the offered rate as
 * soon as a backlog builds); step-to-step latency is from one step's finish to the next one's start.
 */
export async function measureWorkflows(client: BenchClient, pool: pg.Pool, ratePerSecond: number, durationSeconds: number) {
  const name = `bench-${randomUUID()}`;
  const sent = await sendAtRate(client, ratePerSecond, durationSeconds, {
    path: "/api/workflows",
    body: (n) => ({ name, steps: STEPS, priority: "medium", input: { n } }),
    acceptedStatus: 201,
  });
  await waitForCompletion(pool, name, sent.accepted);
  const { rows } = await pool.query(
    `select count(*)::int as completed, extract(epoch from max(completed_at) - min(created_at)) as seconds
       from workflows where name = $1 and status = 'completed'`,
    [name],
  );
  const gaps = await pool.query(
    `select percentile_cont(array[0.5, 0.99]) within group (order by extract(epoch from next.started_at - step.finished_at) * 1000) as p
       from workflow_steps step
       join workflow_steps next on next.workflow_id = step.workflow_id and next.step_index = step.step_index + 1
       join workflows w on w.id = step.workflow_id
      where w.name = $1`,
    [name],
  );
  const [p50, p99] = gaps.rows[0].p as number[];
  return {
    ...sent,
    completed: rows[0].completed as number,
    completedPerSecond: rows[0].completed / Number(rows[0].seconds),
    stepToStep: { p50: p50!, p99: p99! },
  };
}
