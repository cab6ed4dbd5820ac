import type pg from "pg";
import type { BenchClient } from "./bench-client";
import { answerCounts, postOnce, type Answer } from "./open-loop";
import type { Row } from "./report";
import { workflowPosts } from "./workflow-runs";

const POLL_MS = 5;
const GIVE_UP_MS = 10_000;

/** The workflow's completed_at, in epoch milliseconds, once it has completed; null if it has not in time. */
async function completedAt(pool: pg.Pool, id: string): Promise<number | null> {
  for (const started = Date.now(); Date.now() - started < GIVE_UP_MS; ) {
    const { rows } = await pool.query("select extract(epoch from completed_at) * 1000 as at from workflows where id = $1 and status = 'completed'", [id]);
    if (rows[0]) return Number(rows[0].at);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

/**
 * One three-step workflow at a time on an idle system, `repeats` times: from the moment its 201
 * reaches the client to its completed_at (one machine, one clock), waiting for each before the next.
 */
export async function measureLoneWorkflows(client: BenchClient, pool: pg.Pool, repeats: number): Promise<Row[]> {
  const spec = workflowPosts();
  const answers: Answer[] = [];
  const durations: number[] = [];
  for (let n = 0; n < repeats; n++) {
    const answer = await postOnce(client, spec, n);
    answers.push(answer);
    const at = answer.id ? await completedAt(pool, answer.id) : null;
    if (at !== null) durations.push(at - answer.answeredAt);
  }
  durations.sort((a, b) => a - b);
  const label = `lone three-step workflow, 201 to completed_at (${repeats} in turn)`;
  const detail = `${durations.length} of ${repeats} completed within ${GIVE_UP_MS / 1000} s; answers ${answerCounts(answers)}`;
  const failed = durations.length < repeats;
  return [
    { metric: `${label}: p50`, value: durations[Math.floor(durations.length / 2)] ?? Number.NaN, unit: "ms", maximum: 100, detail },
    // A workflow that never completed has no duration; the maximum then is not a maximum at all.
    { metric: `${label}: max`, value: failed ? Number.NaN : durations.at(-1)!, unit: "ms", maximum: 100 },
  ];
}
