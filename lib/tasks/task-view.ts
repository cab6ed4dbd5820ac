import type { Task } from "../../drizzle/schema";
import { jobErrorText } from "../jobs/job-error";
import { maskSecrets, maskSecretsInText } from "../security/mask-secrets";
import { shownTaskStatus } from "./task-enums";

const iso = (time: Date | null) => time?.toISOString() ?? null;

export function taskView(row: Task) {
  return {
    taskId: row.id,
    type: row.type,
    status: shownTaskStatus(row.status),
    attempts: row.attempts,
    retry: row.retryPolicy,
    // Write-only: a notification's webhook headers are used by the worker, never shown.
    data: maskSecrets(row.data),
    result: row.result,
    error: maskSecretsInText(jobErrorText(row)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: iso(row.completedAt),
  };
}

export type TaskView = ReturnType<typeof taskView>;
