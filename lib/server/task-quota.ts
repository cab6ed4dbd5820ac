import "server-only";
import { webEnv } from "../env/web-env";
import { TaskQuota } from "../tasks/task-quota";
import { singleton } from "./singleton";

const SWEEP_EVERY_MS = 60_000;

/** This web process's task counts (with several web processes, each allows the quota). */
export const taskQuota = () =>
  singleton("taskQuota", () => {
    const quota = new TaskQuota(webEnv().TASK_QUOTA_PER_HOUR);
    setInterval(() => quota.sweep(), SWEEP_EVERY_MS).unref();
    return quota;
  });
