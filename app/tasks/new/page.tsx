import type { Metadata } from "next";
import { CreateTask } from "@/components/tasks/create-task";
import { BackLink } from "@/components/ui/back-link";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "New task" };

export default async function NewTaskPage() {
  await requirePageUser("operator");
  return (
    <div className="space-y-6">
      <BackLink href="/tasks">Tasks</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">New task</h1>
      <p className="text-sm text-slate-500">A task is one piece of background work, retried with backoff when it fails.</p>
      <CreateTask />
    </div>
  );
}
