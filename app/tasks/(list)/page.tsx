import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { primaryButtonClass } from "@/components/forms/field";
import { PAGE_SIZE, TASK_FILTERS, taskListKey } from "@/components/tasks/task-queries";
import { TasksList } from "@/components/tasks/tasks-list";
import { UrlFilterForm } from "@/components/ui/url-filter-form";
import { taskStatuses, taskTypes } from "@/lib/tasks/task-enums";
import { pickFilter } from "@/lib/client/list-url";
import { toFieldErrors } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { listTasks, taskListQuerySchema } from "@/lib/tasks";
import { requirePageUser } from "@/lib/server/page-user";
import { roleAtLeast } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Tasks" };

const filterFields = [
  { name: "type", label: "Type", options: taskTypes },
  { name: "status", label: "Status", options: taskStatuses },
];

export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser();
  const filter = pickFilter(await searchParams, TASK_FILTERS);
  const query = taskListQuerySchema.safeParse({ ...filter, limit: PAGE_SIZE });
  const queryClient = new QueryClient();
  if (query.success) {
    // A failed prefetch leaves the cache empty; the browser then fetches and shows its own error.
    await queryClient.prefetchInfiniteQuery({
      queryKey: taskListKey(filter),
      queryFn: () => listTasks(db(), query.data),
      initialPageParam: undefined,
    });
  }
  return (
    <div className="space-y-6">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Tasks</h1>
        {roleAtLeast(user.role, "operator") && (
          <Link href="/tasks/new" className={`ml-auto ${primaryButtonClass}`}>
            New task
          </Link>
        )}
      </div>
      <UrlFilterForm action="/tasks" fields={filterFields} values={filter} errors={query.success ? [] : toFieldErrors(query.error)} />
      {query.success ? (
        <HydrationBoundary state={dehydrate(queryClient)}>
          <TasksList filter={filter} />
        </HydrationBoundary>
      ) : null}
    </div>
  );
}
