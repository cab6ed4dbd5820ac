"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { postForm } from "@/lib/client/post-form";
import type { CreateTaskInput } from "@/lib/tasks/schemas";
import { NewTaskForm } from "./new-task-form";
import { TASKS_KEY } from "./task-queries";

type Created = { taskId: string; status: string; createdAt: string };

/** Sends the form to POST /api/tasks and, once accepted, opens the new task's page. */
export function CreateTask() {
  const router = useRouter();
  const queryClient = useQueryClient();
  return (
    <NewTaskForm
      onSubmit={async (body) => {
        const created = await postForm<Created>("/api/tasks", body);
        await queryClient.invalidateQueries({ queryKey: [TASKS_KEY] });
        router.push(`/tasks/${created.taskId}?created=1`);
      }}
    />
  );
}
