import Link from "next/link";
import { CopyableId } from "@/components/ui/copyable-id";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import type { TaskView } from "@/lib/tasks/task-view";

export function TaskRow({ task }: { task: TaskView }) {
  return (
    <tr data-testid={`task-${task.taskId}`} className="align-top">
      <td className="py-2 pr-3">
        <Link href={`/tasks/${task.taskId}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
          {task.type}
        </Link>
        <div>
          <CopyableId id={task.taskId} noun="task id" />
        </div>
        {task.error ? (
          <div className="max-w-md truncate text-xs text-rose-600 dark:text-rose-400" title={task.error}>
            {task.error}
          </div>
        ) : null}
      </td>
      <td className="py-2 pr-3">
        <StatusBadge status={task.status} />
      </td>
      <td className="py-2 pr-3 text-xs">
        {task.attempts} attempt{task.attempts === 1 ? "" : "s"}
      </td>
      <td className="py-2 pr-3 text-xs">
        <RelativeTime iso={task.createdAt} />
      </td>
    </tr>
  );
}
