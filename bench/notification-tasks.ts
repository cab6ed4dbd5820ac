import type pg from "pg";
import type { BenchClient } from "./bench-client";
import { answerCounts, sendAtRate } from "./open-loop";
import type { Row } from "./report";
import { unsettledCount, waitUntilSettled } from "./wait-for-completion";
import type { WebhookReceiver } from "./webhook-receiver";

/** The task target: 500 notification tasks a second. */
const RATE = 500;
/** The same slack as the workflows' 290 of 300: what completes must keep pace with what is offered. */
const TARGET = 490;

/** The run's tasks are those sent to its receiver, whose URL (a fresh port) no other run shares. */
const RUN_TASKS = "from tasks where type = 'notification' and data->>'url' = $1";

/**
 * `notification` tasks offered at 500 a second, each to the webhook receiver in this process:
 * every request 201, and every task the run created (including any whose 201 never reached the
 * bench) completed and delivered exactly once, by the receiver's count for its id. Throughput is
 * the run's completed tasks from the first creation to the last completion. The caller keeps the
 * receiver up until the bench ends: an overloaded web app may create tasks for requests whose
 * clients gave up long ago, and their deliveries should not fail and retry into later phases.
 */
export async function measureNotificationTasks(client: BenchClient, pool: pg.Pool, receiver: WebhookReceiver, seconds: number): Promise<Row[]> {
  const label = `notification tasks offered at ${RATE}/s for ${seconds} s`;
  const sent = await sendAtRate(client, RATE, seconds, {
    path: "/api/tasks",
    body: (n) => ({ type: "notification", data: { url: receiver.url, payload: { n } } }),
    acceptedStatus: 201,
    idField: "taskId",
  });
  await waitUntilSettled(async () => (await pool.query(unsettledCount(RUN_TASKS, "status not in ('completed', 'failed')"), [receiver.url])).rows[0].n);
  const { rows: created } = await pool.query(`select id, status = 'completed' as completed ${RUN_TASKS}`, [receiver.url]);
  const { rows: span } = await pool.query(`select extract(epoch from max(completed_at) - min(created_at))::float as seconds ${RUN_TASKS}`, [receiver.url]);
  const { deliveries, withoutKey } = await receiver.deliveries();

  const createdIds = new Set(created.map((task) => task.id as string));
  const completed = created.filter((task) => task.completed).length;
  const deliveredOf = (id: string) => deliveries.get(id) ?? 0;
  const count = (test: (task: { id: string; completed: boolean }) => boolean) => created.filter(test).length;
  const acceptedNotCreated = sent.acceptedIds.filter((id) => !createdIds.has(id)).length;
  const strangers = [...deliveries.keys()].filter((id) => !createdIds.has(id)).length + withoutKey;
  const outcome = [
    `created ${created.length} (${created.length - sent.accepted} of them without their 201 reaching the bench), completed ${completed}`,
    `not completed ${count((task) => !task.completed)}`,
    `never delivered ${count((task) => deliveredOf(task.id) === 0)}`,
    `delivered more than once ${count((task) => deliveredOf(task.id) > 1)}`,
    `accepted but not found ${acceptedNotCreated}`,
    `deliveries of no task of the run ${strangers}`,
  ];
  return [
    { metric: `${label}: answers other than 201`, value: sent.sent - sent.accepted, unit: "req", atMost: 0, detail: `${answerCounts(sent.answers)}; sent at ${sent.achievedRate.toFixed(0)}/s` },
    {
      metric: `${label}: tasks not completed exactly once`,
      value: count((task) => !task.completed || deliveredOf(task.id) !== 1) + acceptedNotCreated + strangers,
      unit: "tasks",
      atMost: 0,
      detail: outcome.join("; "),
    },
    { metric: `${label}: completed per second over the run`, value: completed / span[0].seconds, unit: "tasks/s", absoluteTarget: TARGET, detail: `first creation to last completion ${Number(span[0].seconds).toFixed(1)} s` },
  ];
}
