import type pg from "pg";
import type { BenchClient } from "./bench-client";
import { answerCounts, sendAtRate } from "./open-loop";
import type { Row } from "./report";
import { waitForCompletion } from "./wait-for-completion";
import { startWebhookReceiver } from "./webhook-receiver";

/** The task target: 500 notification tasks a second. */
const RATE = 500;
/** The same slack as the workflows' 290 of 300: what completes must keep pace with what is offered. */
const TARGET = 490;

const completedTasks = async (pool: pg.Pool, ids: string[]) =>
  (await pool.query("select id from tasks where id = any($1::uuid[]) and status = 'completed'", [ids])).rows.map((row) => row.id as string);

/**
 * `notification` tasks offered at 500 a second, each to the webhook receiver in this process:
 * every request 201, and every accepted task completed (its row) and delivered exactly once (the
 * receiver's count for its id). Throughput is completed tasks from the first creation to the last
 * completion.
 */
export async function measureNotificationTasks(client: BenchClient, pool: pg.Pool, seconds: number): Promise<Row[]> {
  const receiver = await startWebhookReceiver();
  const label = `notification tasks offered at ${RATE}/s for ${seconds} s`;
  const sent = await sendAtRate(client, RATE, seconds, {
    path: "/api/tasks",
    body: (n) => ({ type: "notification", data: { url: receiver.url, payload: { n } } }),
    acceptedStatus: 201,
    idField: "taskId",
  });
  const ids = sent.acceptedIds;
  await waitForCompletion(async () => (await completedTasks(pool, ids)).length, ids.length);
  const completed = new Set(await completedTasks(pool, ids));
  const { rows } = await pool.query(
    "select extract(epoch from max(completed_at) - min(created_at))::float as seconds from tasks where id = any($1::uuid[])",
    [ids],
  );
  await receiver.close();

  const accepted = new Set(ids);
  const deliveredOf = (id: string) => receiver.deliveries.get(id) ?? 0;
  const duplicated = ids.filter((id) => deliveredOf(id) > 1).length;
  const neverDelivered = ids.filter((id) => deliveredOf(id) === 0).length;
  const notCompleted = ids.filter((id) => !completed.has(id)).length;
  const strangers = [...receiver.deliveries.keys()].filter((id) => !accepted.has(id)).length + receiver.withoutKey();
  const notExactlyOnce = ids.filter((id) => !completed.has(id) || deliveredOf(id) !== 1).length;
  return [
    { metric: `${label}: answers other than 201`, value: sent.sent - sent.accepted, unit: "req", atMost: 0, detail: `${answerCounts(sent.answers)}; sent at ${sent.achievedRate.toFixed(0)}/s` },
    {
      metric: `${label}: accepted tasks not completed exactly once`,
      value: notExactlyOnce,
      unit: "tasks",
      atMost: 0,
      detail: `accepted ${ids.length}, completed ${completed.size}; not completed ${notCompleted}, never delivered ${neverDelivered}, delivered more than once ${duplicated}, deliveries of unknown ids ${strangers}`,
    },
    { metric: `${label}: completed per second over the run`, value: completed.size / rows[0].seconds, unit: "tasks/s", absoluteTarget: TARGET, detail: `first creation to last completion ${Number(rows[0].seconds).toFixed(1)} s` },
  ];
}
