import type pg from "pg";
import type { BenchClient } from "./bench-client";
import { answerCounts, sendAtRate } from "./open-loop";
import type { Row } from "./report";
import { settleWorkflows, unfinishedRow, workflowPosts } from "./workflow-runs";

/** Twice the throughput target: more than the system is asked to complete. */
const RATE = 600;

/**
 * Workflows offered at 600 a second: a request is either accepted (201) or refused with 503 and
 * Retry-After, nothing else, and every accepted workflow completes once the backlog has drained.
 */
export async function measureWorkflowOverload(client: BenchClient, pool: pg.Pool, seconds: number): Promise<Row[]> {
  const label = `workflows offered at ${RATE}/s for ${seconds} s`;
  const posts = workflowPosts();
  const sent = await sendAtRate(client, RATE, seconds, posts);
  const refused = sent.answers.filter((answer) => answer.status === 503);
  const refusedWithoutRetryAfter = refused.filter((answer) => !answer.retryAfter).length;
  await settleWorkflows(pool, posts.name);
  return [
    {
      metric: `${label}: answers other than 201 or 503 with Retry-After`,
      value: sent.sent - sent.accepted - refused.length + refusedWithoutRetryAfter,
      unit: "req",
      atMost: 0,
      detail: `${answerCounts(sent.answers)}; 503 without Retry-After: ${refusedWithoutRetryAfter}; sent at ${sent.achievedRate.toFixed(0)}/s`,
    },
    await unfinishedRow(pool, label, posts.name, sent.acceptedIds),
  ];
}
