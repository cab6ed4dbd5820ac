import type pg from "pg";
import type { BenchClient } from "./bench-client";
import { answerCounts, sendAtRate } from "./open-loop";
import type { Row } from "./report";
import { settleWorkflows, stepGaps, unfinishedRow, workflowPosts } from "./workflow-runs";

/** Well within capacity, so the gaps measure the engine's hand-over, not a queue. */
const RATE = 100;

/**
 * Workflows at 100 a second: step-to-step latency (the next step's start minus the previous
 * step's finish, from workflow_steps) over every consecutive pair of the accepted workflows.
 */
export async function measureStepLatency(client: BenchClient, pool: pg.Pool, seconds: number): Promise<Row[]> {
  const label = `workflows at ${RATE}/s for ${seconds} s`;
  const posts = workflowPosts();
  const sent = await sendAtRate(client, RATE, seconds, posts);
  await settleWorkflows(pool, posts.name);
  const gaps = await stepGaps(pool, sent.acceptedIds);
  const detail = `${gaps.pairs} step pairs; answers ${answerCounts(sent.answers)}`;
  return [
    { metric: `${label}: step-to-step p50`, value: gaps.p50, unit: "ms", maximum: 20, detail },
    { metric: `${label}: step-to-step p99`, value: gaps.p99, unit: "ms", maximum: 100 },
    await unfinishedRow(pool, label, posts.name, sent.acceptedIds),
  ];
}
