import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { WorkflowDetailView } from "@/components/workflows/workflow-detail";
import { workflowDetailKey } from "@/components/workflows/workflow-queries";
import { NotFoundError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { getWorkflow } from "@/lib/workflows";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "Workflow" };

export default async function WorkflowPage(props: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  await requirePageUser();
  const { id } = await props.params;
  const queryClient = new QueryClient();
  try {
    queryClient.setQueryData(workflowDetailKey(id), await getWorkflow(db(), id));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    // Any other failure: the browser fetches again and shows its own error.
  }
  return (
    <div className="space-y-6">
      <BackLink href="/workflows">Workflows</BackLink>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <WorkflowDetailView id={id} justCreated={(await props.searchParams).created === "1"} />
      </HydrationBoundary>
    </div>
  );
}
