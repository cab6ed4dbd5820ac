import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TaskDetailView } from "@/components/tasks/task-detail";
import { taskDetailKey } from "@/components/tasks/task-queries";
import { BackLink } from "@/components/ui/back-link";
import { NotFoundError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { getTask } from "@/lib/tasks";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "Task" };

export default async function TaskPage(props: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  await requirePageUser();
  const { id } = await props.params;
  const queryClient = new QueryClient();
  try {
    queryClient.setQueryData(taskDetailKey(id), await getTask(db(), id));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    // Any other failure: the browser fetches again and shows its own error.
  }
  return (
    <div className="space-y-6">
      <BackLink href="/tasks">Tasks</BackLink>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TaskDetailView id={id} justCreated={(await props.searchParams).created === "1"} />
      </HydrationBoundary>
    </div>
  );
}
