import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { CreateWorkflow } from "@/components/workflows/create-workflow";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "New workflow" };

export default async function NewWorkflowPage() {
  await requirePageUser("operator");
  return (
    <div className="space-y-6">
      <BackLink href="/workflows">Workflows</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">New workflow</h1>
      <p className="text-sm text-slate-500">
        A workflow runs its steps in order, each on the data the step before it produced, retrying a failing step before it gives up.
      </p>
      <CreateWorkflow />
    </div>
  );
}
