import type { Task } from "../../drizzle/schema";
import { taskHandlers } from "../../lib/tasks/handlers";
import type { TaskOutcome } from "../../lib/tasks/handlers/task-handler";
import { insertTask } from "../../lib/tasks/insert-task";
import { loadTask } from "../../lib/tasks/task-state";
import { claimNextTask, claimTask, completeTask, failTask, scheduleTaskRetry } from "../../lib/tasks/task-transitions";
import type { JobKind, LoadedJob } from "../engine/job-kind";
import { commandContext } from "../engine/command-headers";
import { readCommand } from "../engine/read-command";

const loaded = (task: Task): LoadedJob<Task> => ({
  row: task,
  status: task.status,
  attempts: task.attempts,
  runStartAttempt: task.runStartAttempt,
  retryPolicy: task.retryPolicy,
  lastError: task,
});

/**
 * Tasks are one-step jobs: `task.created` runs the first attempt (materialising the task if the
 * API's store did not happen), `task.attempt` a scheduled retry; `task.completed` and
 * `task.failed` announce the outcome.
 */
export const taskJobs: JobKind<string, Task, TaskOutcome, true> = {
  describe: (taskId, attempt) => ({ taskId, attempt }),

  async readCommand(deps, { origin, message, retry }) {
    const command = await readCommand(deps, origin, message, deps.topics.tasks, ["task.created", "task.attempt"], retry);
    if (!command) return undefined;
    if (command.eventType === "task.attempt") return { key: command.payload.taskId, attempt: command.payload.attempt };
    const created = command.payload;
    return { key: created.taskId, attempt: 1, ensureStored: () => insertTask(deps.db, created, commandContext(message).requestId) };
  },

  async claimNext(deps, { key, attempt }) {
    const task = await claimNextTask(deps.db, { taskId: key, attempt });
    return task && { job: loaded(task), started: false };
  },

  async load(deps, { key }, { retry }) {
    const task = await retry("load task", () => loadTask(deps.db, key));
    return task && loaded(task);
  },

  claim: (deps, taskId, attempt, job, { newRun }) => claimTask(deps.db, { taskId, attempt }, job, newRun).then((claimed) => ({ claimed, started: false })),

  async execute(deps, taskId, attempt, { row }) {
    const handler = taskHandlers[row.type];
    return handler.run({ taskId, attempt, services: deps.taskServices, signal: deps.signal }, handler.data.parse(row.data));
  },

  complete: async (deps, taskId, attempt, outcome) => ((await completeTask(deps.db, { taskId, attempt }, outcome.result, outcome.file)) ? true : undefined),
  completionOf: (job) => (job.status === "completed" ? true : undefined),
  scheduleRetry: (deps, taskId, attempt, failure, next) => scheduleTaskRetry(deps.db, { taskId, attempt }, failure, next),
  fail: (deps, taskId, attempt, _job, failure) => failTask(deps.db, { taskId, attempt }, failure),
  scheduleCommand: (deps, taskId, attempt, _job, { context, dueAt, extraHeaders }) =>
    deps.topics.tasks.scheduled(deps.topics.tasks.message("task.attempt", taskId, { attempt }, `${attempt}`), context, dueAt, extraHeaders),
  // A task keeps no attempt history: the dead letter's first failure is its last.
  firstFailedAt: async () => undefined,

  announce: {
    async completed(deps, cause, taskId, _attempt, { row }) {
      const { tasks } = deps.topics;
      await tasks.publish(deps, [tasks.message("task.completed", taskId, { type: row.type }, "completed")], commandContext(cause));
    },
    async failed(deps, cause, taskId, attempt, { row }, failure) {
      const { tasks } = deps.topics;
      const details = { type: row.type, errorClass: failure.errorClass, errorMessage: failure.errorMessage };
      await tasks.publish(deps, [tasks.message("task.failed", taskId, details, `${attempt}`)], commandContext(cause));
    },
  },
};
