import { expect, test } from "@playwright/test";
import { expectApiError, fieldPaths } from "../support/api-error";
import { createTask, getTask, getTaskResponse, listTasks, runTask, type Task, type TaskPage } from "../support/tasks-api";
import { uniqueKey } from "../support/unique";

/*
 * Tasks have no name to filter by and other tests create tasks in parallel, so these specs look
 * for their own tasks within the list rather than expecting the list to hold nothing else.
 */
const email = (subject: string) => ({ type: "email" as const, data: { to: "ops@example.com", subject, text: "t" } });

/** Follows nextCursor to the end; the page cap turns a cursor that never ends into a failure. */
async function listAll(request: Parameters<typeof listTasks>[0], query: Record<string, string | number>, maxPages = 50) {
  const items: Task[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const next: TaskPage = await listTasks(request, { ...query, ...(cursor ? { cursor } : {}) });
    items.push(...next.items);
    cursor = next.nextCursor;
    if (!cursor) return items;
  }
  throw new Error(`more than ${maxPages} pages`);
}

test("lists tasks newest first, filtered by type, status and time, through every page", async ({ request }) => {
  const first = await runTask(request, email(uniqueKey("list-1")));
  const second = await runTask(request, email(uniqueKey("list-2")));
  const ours = (items: Task[]) => items.map((item) => item.taskId).filter((id) => id === first.taskId || id === second.taskId);

  expect(ours(await listAll(request, { from: first.createdAt, limit: 1 }))).toEqual([second.taskId, first.taskId]);
  expect(ours(await listAll(request, { from: first.createdAt, type: "email" }))).toEqual([second.taskId, first.taskId]);
  expect(ours(await listAll(request, { from: first.createdAt, status: "completed" }))).toEqual([second.taskId, first.taskId]);
  expect(ours(await listAll(request, { from: first.createdAt, type: "export" }))).toEqual([]);
  expect(ours(await listAll(request, { from: first.createdAt, status: "failed" }))).toEqual([]);
  expect(ours(await listAll(request, { from: second.createdAt }))).toEqual([second.taskId]);
  expect(ours(await listAll(request, { from: first.createdAt, to: first.createdAt }))).toEqual([first.taskId]);

  const listed = (await listAll(request, { from: second.createdAt, to: second.createdAt })).find((item) => item.taskId === second.taskId);
  expect(listed).toEqual(await getTask(request, second.taskId));
});

test("GET /api/tasks/:id answers the task; 404 for an unknown or malformed id", async ({ request }) => {
  const subject = uniqueKey("get");
  const { taskId, createdAt } = await createTask(request, email(subject));

  expect(await getTask(request, taskId)).toMatchObject({ taskId, type: "email", createdAt, data: { subject, to: ["ops@example.com"] } });
  for (const id of [crypto.randomUUID(), "not-a-uuid"]) {
    await expectApiError(await getTaskResponse(request, id), 404, "not_found");
  }
});

const invalidQueries: { query: Record<string, string>; path: string }[] = [
  { query: { type: "sms" }, path: "type" },
  { query: { status: "queued-ish" }, path: "status" },
  { query: { from: "yesterday" }, path: "from" },
  { query: { to: "soon" }, path: "to" },
  { query: { limit: "0" }, path: "limit" },
  { query: { limit: "501" }, path: "limit" },
  { query: { cursor: "not-a-cursor" }, path: "cursor" },
];

for (const { query, path } of invalidQueries) {
  test(`rejects ${new URLSearchParams(query)} with 400 naming ${path}`, async ({ request }) => {
    const error = await expectApiError(await request.get("/api/tasks", { params: query }), 400, "validation_failed");
    expect(fieldPaths(error)).toEqual([path]);
  });
}
