import type { Metadata } from "next";
import { CreateTask } from "@/components/tasks/create-task";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "New task" };

export default function NewTaskPage() {
  return (
    <div className="space-y-6">
      <BackLink href="/tasks">Tasks</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">New task</h1>
      <p className="text-sm text-slate-500">A task is one piece of background work, retried with backoff when it fails.</p>
      <CreateTask />
    </div>
  );
}
