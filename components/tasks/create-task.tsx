"use client";

import { useCreateAndOpen } from "@/components/forms/use-create-and-open";
import { NewTaskForm } from "./new-task-form";
import { TASKS_KEY } from "./task-queries";

type Created = { taskId: string; status: string; createdAt: string };

/** Sends the form to POST /api/tasks and, once accepted, opens the new task's page. */
export function CreateTask() {
  const create = useCreateAndOpen<Created>({
    noun: "task",
    url: "/api/tasks",
    queryKey: TASKS_KEY,
    pageOf: (created) => `/tasks/${created.taskId}?created=1`,
  });
  return <NewTaskForm onSubmit={create} />;
}
