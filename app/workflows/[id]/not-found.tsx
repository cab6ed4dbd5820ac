import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/empty-state";

export default function WorkflowNotFound() {
  return (
    <div className="space-y-6">
      <BackLink href="/workflows">Workflows</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">Workflow not found</h1>
      <EmptyState>There is no workflow with this id. It may have been mistyped; the list has every workflow there is.</EmptyState>
    </div>
  );
}
