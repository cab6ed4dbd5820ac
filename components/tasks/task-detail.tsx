"use client";

import { useQuery } from "@tanstack/react-query";
import { CopyableId } from "@/components/ui/copyable-id";
import { DetailState } from "@/components/ui/detail-state";
import { FeedbackMessage } from "@/components/ui/feedback-message";
import { JsonBlock } from "@/components/ui/json-block";
import { Section } from "@/components/ui/section";
import { StatusBadge } from "@/components/ui/status-badge";
import { jobTimes, Timestamps } from "@/components/ui/timestamps";
import { fetchJson } from "@/lib/client/fetch-json";
import type { TaskView } from "@/lib/tasks/task-view";
import { RenderedEmail } from "./rendered-email";
import { taskDetailKey } from "./task-queries";

const created = { tone: "success", message: "Task created. The worker picks it up in the background; this page follows it." } as const;

/** One task; live updates refresh it as the worker runs it. */
export function TaskDetailView({ id, justCreated }: { id: string; justCreated: boolean }) {
  const detail = useQuery({
    queryKey: taskDetailKey(id),
    queryFn: () => fetchJson<TaskView>(`/api/tasks/${id}`),
  });
  return (
    <DetailState query={detail} noun="task">
      {(task) => (
        <div className="space-y-4">
          <h1 className="text-2xl font-semibold tracking-tight">{task.type[0]?.toUpperCase() + task.type.slice(1)} task</h1>
          <FeedbackMessage feedback={justCreated ? created : null} />
          <Section title="Status">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <StatusBadge status={task.status} testId="task-status" />
              <span>
                {task.attempts} attempt{task.attempts === 1 ? "" : "s"} · up to {task.retry.maxRetries} retr{task.retry.maxRetries === 1 ? "y" : "ies"}
              </span>
            </p>
            {task.error ? <p className="break-words text-sm text-rose-600 dark:text-rose-400">{task.error}</p> : null}
            <CopyableId id={task.taskId} noun="task id" />
            <Timestamps entries={jobTimes(task)} />
            {task.type === "export" && task.status === "completed" ? (
              <a href={`/api/tasks/${task.taskId}/download`} download className="inline-block text-sm text-indigo-700 hover:underline dark:text-indigo-300">
                Download the export
              </a>
            ) : null}
          </Section>
          {task.type === "email" ? <RenderedEmail result={task.result} /> : null}
          <div className="grid gap-4 md:grid-cols-2">
            <Section title="Data">
              <JsonBlock value={task.data} label="Data" />
            </Section>
            <Section title="Result">
              <JsonBlock value={task.result} label="Result" />
            </Section>
          </div>
        </div>
      )}
    </DetailState>
  );
}
