import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { JOB_TIMEOUT_MS, type RetryPolicy } from "./workflows-api";

/*
 * The task API as a client sees it, written out rather than imported from lib/ (see events-api.ts).
 */
export type TaskType = "email" | "notification" | "export";
export type TaskStatus = "queued" | "processing" | "retrying" | "completed" | "failed";

export type TaskInput = { type: TaskType; data: Record<string, unknown>; maxRetries?: number; retry?: Partial<RetryPolicy> };

export type CreatedTask = { taskId: string; status: "queued"; createdAt: string };

export type Task = {
  taskId: string;
  type: TaskType;
  status: TaskStatus;
  attempts: number;
  retry: RetryPolicy;
  data: Record<string, unknown>;
  result: Record<string, unknown> | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
};

export type TaskPage = { items: Task[]; nextCursor: string | null };

export const postTask = (request: APIRequestContext, body: unknown) => request.post("/api/tasks", { data: body });

export const getTaskResponse = (request: APIRequestContext, id: string) => request.get(`/api/tasks/${id}`);

export const getDownload = (request: APIRequestContext, id: string) => request.get(`/api/tasks/${id}/download`);

async function expectStatus<T>(response: APIResponse, status: number): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

/** For tests whose subject is what follows creation: anything but 201 fails right here. */
export async function createTask(request: APIRequestContext, body: TaskInput) {
  return expectStatus<CreatedTask>(await postTask(request, body), 201);
}

export async function getTask(request: APIRequestContext, id: string) {
  return expectStatus<Task>(await getTaskResponse(request, id), 200);
}

export async function listTasks(request: APIRequestContext, query: Record<string, string | number>) {
  return expectStatus<TaskPage>(await request.get("/api/tasks", { params: query }), 200);
}

/** Waits until the task reached `status` or another final one; the latter fails, showing the task. */
export async function waitForTaskStatus(request: APIRequestContext, id: string, status: "completed" | "failed") {
  let task: Task | undefined;
  await expect
    .poll(
      async () => {
        task = await getTask(request, id);
        return ["completed", "failed"].includes(task.status);
      },
      { message: `task ${id} should end ${status}`, timeout: JOB_TIMEOUT_MS },
    )
    .toBe(true);
  expect(task!.status, JSON.stringify(task)).toBe(status);
  return task!;
}

/** Creates the task and waits until it completed. */
export async function runTask(request: APIRequestContext, body: TaskInput) {
  const { taskId } = await createTask(request, body);
  return waitForTaskStatus(request, taskId, "completed");
}
