import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { Post } from "./open-loop";
import type { Row } from "./report";
import { unsettledCount, waitUntilSettled } from "./wait-for-completion";

/** The three-step workflow: validate, transform, store. */
const STEPS = ["validate", { type: "transform", map: { "order.id": "n" } }, "store"];

/**
 * Workflow creations for the open loop, each 201 naming the workflow it created. All share a fresh
 * name, which also finds those created without their 201 reaching the bench (it gave up waiting).
 */
export const workflowPosts = (): Post & { name: string } => {
  const name = `bench-${randomUUID()}`;
  return {
    name,
    path: "/api/workflows",
    body: (n) => ({ name, steps: STEPS, priority: "medium", input: { n } }),
    acceptedStatus: 201,
    idField: "workflowId",
  };
};

/** Waits until every workflow of the run has completed or failed, so the next phase starts on a quiet system. */
export const settleWorkflows = (pool: pg.Pool, name: string) =>
  waitUntilSettled(async () => (await pool.query(unsettledCount("from workflows where name = $1", "status in ('pending', 'processing')"), [name])).rows[0].n);

/** Every accepted workflow must complete: how many did not, once the run's workflows settled. */
export async function unfinishedRow(pool: pg.Pool, label: string, name: string, acceptedIds: string[]): Promise<Row> {
  const { rows } = await pool.query(
    "select count(*)::int as created, count(*) filter (where id = any($2::uuid[]) and status = 'completed')::int as completed from workflows where name = $1",
    [name, acceptedIds],
  );
  const { created, completed } = rows[0] as { created: number; completed: number };
  return {
    metric: `${label}: accepted workflows not completed`,
    value: acceptedIds.length - completed,
    unit: "wf",
    atMost: 0,
    detail: `${completed} of ${acceptedIds.length} accepted completed; ${created - acceptedIds.length} more created whose 201 never reached the bench`,
  };
}

/**
 * How many of the accepted workflows completed, and when: over the run, from the first creation to
 * the last completion; within the offered window (epoch milliseconds), while requests were being sent.
 */
export async function completionTimes(pool: pg.Pool, ids: string[], window: { from: number; to: number }) {
  const { rows } = await pool.query(
    `select count(*) filter (where status = 'completed')::int as completed,
            count(*) filter (where completed_at <= to_timestamp($2 / 1000.0))::int as completed_in_window,
            extract(epoch from max(completed_at) - min(created_at))::float as run_seconds
       from workflows where id = any($1::uuid[])`,
    [ids, window.to],
  );
  const row = rows[0] as { completed: number; completed_in_window: number; run_seconds: number | null };
  return { completed: row.completed, completedInWindow: row.completed_in_window, windowSeconds: (window.to - window.from) / 1000, runSeconds: row.run_seconds ?? Number.NaN };
}

/** Step-to-step latency: from one step's finish to the next step's start, over every consecutive pair. */
export async function stepGaps(pool: pg.Pool, ids: string[]) {
  const { rows } = await pool.query(
    `select percentile_cont(array[0.5, 0.99]) within group (order by extract(epoch from next.started_at - step.finished_at) * 1000) as p,
            count(*)::int as pairs
       from workflow_steps step
       join workflow_steps next on next.workflow_id = step.workflow_id and next.step_index = step.step_index + 1
      where step.workflow_id = any($1::uuid[]) and next.started_at is not null`,
    [ids],
  );
  const [p50, p99] = (rows[0].p as number[] | null) ?? [Number.NaN, Number.NaN];
  return { p50: p50!, p99: p99!, pairs: rows[0].pairs as number };
}

