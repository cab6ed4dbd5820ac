"use client";

import { PagedList } from "@/components/ui/paged-list";
import { TableHead } from "@/components/ui/table-head";
import { usePagedQuery } from "@/components/ui/use-paged-query";
import type { TaskView } from "@/lib/tasks/task-view";
import { TaskRow } from "./task-row";
import { taskListKey, taskListUrl, type TaskFilter } from "./task-queries";

export function TasksList({ filter }: { filter: TaskFilter }) {
  const list = usePagedQuery<TaskView>(taskListKey(filter), taskListUrl(filter));
  const filtered = Object.keys(filter).length > 0;
  return (
    <section className="space-y-4">
      <PagedList
        list={list}
        noun="tasks"
        empty={filtered ? "No task matches this filter." : "No task yet. Create one: an email, a webhook notification or an export of processed events."}
      >
        {(tasks) => (
          <table className="w-full text-left text-sm">
            <TableHead columns={["Task", "Status", "Tries", "Created"]} />
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {tasks.map((task) => (
                <TaskRow key={task.taskId} task={task} />
              ))}
            </tbody>
          </table>
        )}
      </PagedList>
    </section>
  );
}
