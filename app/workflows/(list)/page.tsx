import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { primaryButtonClass } from "@/components/forms/field";
import { UrlFilterForm } from "@/components/ui/url-filter-form";
import { PAGE_SIZE, WORKFLOW_FILTERS, workflowListKey } from "@/components/workflows/workflow-queries";
import { WorkflowsList } from "@/components/workflows/workflows-list";
import { priorities, workflowStatuses } from "@/lib/workflows/workflow-enums";
import { pickFilter } from "@/lib/client/list-url";
import { toFieldErrors } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { listWorkflows, workflowListQuerySchema } from "@/lib/workflows";
import { requirePageUser } from "@/lib/server/page-user";
import { roleAtLeast } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Workflows" };

const filterFields = [
  { name: "status", label: "Status", options: workflowStatuses },
  { name: "priority", label: "Priority", options: priorities },
  { name: "name", label: "Name contains" },
];

export default async function WorkflowsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser();
  const filter = pickFilter(await searchParams, WORKFLOW_FILTERS);
  const query = workflowListQuerySchema.safeParse({ ...filter, limit: PAGE_SIZE });
  const queryClient = new QueryClient();
  if (query.success) {
    // A failed prefetch leaves the cache empty; the browser then fetches and shows its own error.
    await queryClient.prefetchInfiniteQuery({
      queryKey: workflowListKey(filter),
      queryFn: () => listWorkflows(db(), query.data),
      initialPageParam: undefined,
    });
  }
  return (
    <div className="space-y-6">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Workflows</h1>
        {roleAtLeast(user.role, "operator") && (
          <Link href="/workflows/new" className={`ml-auto ${primaryButtonClass}`}>
            New workflow
          </Link>
        )}
      </div>
      <UrlFilterForm action="/workflows" fields={filterFields} values={filter} errors={query.success ? [] : toFieldErrors(query.error)} />
      {query.success ? (
        <HydrationBoundary state={dehydrate(queryClient)}>
          <WorkflowsList filter={filter} />
        </HydrationBoundary>
      ) : null}
    </div>
  );
}
