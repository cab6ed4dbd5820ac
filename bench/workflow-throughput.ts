import type pg from "pg";
import type { BenchClient } from "./bench-client";
import { answerCounts, sendAtRate } from "./open-loop";
import type { Row } from "./report";
import { completionTimes, settleWorkflows, unfinishedRow, workflowPosts } from "./workflow-runs";

/** The throughput target: three-step workflows offered at 300 a second, 290 completed a second. */
const RATE = 300;
const TARGET = 290;

/**
 * Workflows offered at 300 a second: every request must be answered 201, and the accepted ones
 * must complete at least 290 a second over the run, from the first creation to the last
 * completion (a backlog that drains after the offered window lengthens the run and lowers it).
 * The rate within the offered window, from the first request sent to the last, is reported beside it.
 */
export async function measureWorkflowThroughput(client: BenchClient, pool: pg.Pool, seconds: number): Promise<Row[]> {
  const label = `workflows offered at ${RATE}/s for ${seconds} s`;
  const posts = workflowPosts();
  const sent = await sendAtRate(client, RATE, seconds, posts);
  await settleWorkflows(pool, posts.name);
  const times = await completionTimes(pool, sent.acceptedIds, sent.window);
  return [
    {
      metric: `${label}: answers other than 201`,
      value: sent.sent - sent.accepted,
      unit: "req",
      atMost: 0,
      detail: `${answerCounts(sent.answers)}; sent at ${sent.achievedRate.toFixed(0)}/s`,
    },
    {
      metric: `${label}: completed per second over the run`,
      value: times.completed / times.runSeconds,
      unit: "wf/s",
      absoluteTarget: TARGET,
      detail: `${times.completed} completed, first creation to last completion ${times.runSeconds.toFixed(1)} s`,
    },
    {
      metric: `${label}: completed per second within the offered window`,
      value: times.completedInWindow / times.windowSeconds,
      unit: "wf/s",
      detail: `${times.completedInWindow} completed while requests were sent, over ${times.windowSeconds.toFixed(1)} s`,
    },
    await unfinishedRow(pool, label, posts.name, sent.acceptedIds),
  ];
}
