import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/empty-state";

export default function TaskNotFound() {
  return (
    <div className="space-y-6">
      <BackLink href="/tasks">Tasks</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">Task not found</h1>
      <EmptyState>There is no task with this id. It may have been mistyped; the list has every task there is.</EmptyState>
    </div>
  );
}
