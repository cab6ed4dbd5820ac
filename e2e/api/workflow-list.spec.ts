import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectApiError, fieldPaths } from "../support/api-error";
import { uniqueKey } from "../support/unique";
import {
  createWorkflow,
  listWorkflows,
  waitForWorkflowStatus,
  type CreatedWorkflow,
  type Priority,
  type WorkflowPage,
} from "../support/workflows-api";

/** One finished workflow per priority, created one after another under a common, unique name. */
async function createFamily(request: APIRequestContext, prefix: string, priorities: Priority[]): Promise<CreatedWorkflow[]> {
  const created: CreatedWorkflow[] = [];
  for (const [index, priority] of priorities.entries()) {
    created.push(await createWorkflow(request, { name: `${prefix}-${index}`, priority, steps: ["store"] }));
  }
  await Promise.all(created.map(({ workflowId }) => waitForWorkflowStatus(request, workflowId, "completed")));
  return created;
}

const idsOf = (page: WorkflowPage) => page.items.map((item) => item.workflowId);

test("filters by name, priority, status and an inclusive time range, newest first", async ({ request }) => {
  const prefix = uniqueKey("wf-list");
  const [first, second, third] = await createFamily(request, prefix, ["low", "high", "high"]);
  const ids = (query: Record<string, string>) => listWorkflows(request, { name: prefix, ...query }).then(idsOf);

  expect(await ids({})).toEqual([third!.workflowId, second!.workflowId, first!.workflowId]);
  // The name filter is a case-insensitive substring.
  expect(await ids({ name: `${prefix.toUpperCase()}-1` })).toEqual([second!.workflowId]);
  expect(await ids({ priority: "high" })).toEqual([third!.workflowId, second!.workflowId]);
  expect(await ids({ priority: "medium" })).toEqual([]);
  expect(await ids({ status: "completed" })).toEqual([third!.workflowId, second!.workflowId, first!.workflowId]);
  expect(await ids({ status: "failed" })).toEqual([]);
  expect(await ids({ from: second!.createdAt })).toEqual([third!.workflowId, second!.workflowId]);
  expect(await ids({ to: second!.createdAt })).toEqual([second!.workflowId, first!.workflowId]);
  expect(await ids({ from: second!.createdAt, to: second!.createdAt })).toEqual([second!.workflowId]);
});

test("the name filter takes % and _ literally", async ({ request }) => {
  const prefix = uniqueKey("wf-like");
  const literal = await createWorkflow(request, { name: `${prefix}-50%_off`, steps: ["store"] });
  await createWorkflow(request, { name: `${prefix}-50xxoff`, steps: ["store"] });

  expect(idsOf(await listWorkflows(request, { name: `${prefix}-50%_` }))).toEqual([literal.workflowId]);
});

test("lists summaries: everything but the steps, input and result", async ({ request }) => {
  const prefix = uniqueKey("wf-summary");
  const [created] = await createFamily(request, prefix, ["low"]);

  const { items } = await listWorkflows(request, { name: prefix });

  expect(items).toEqual([
    {
      workflowId: created!.workflowId,
      name: `${prefix}-0`,
      priority: "low",
      status: "completed",
      currentStep: null,
      currentStepIndex: 1,
      stepCount: 1,
      error: null,
      createdAt: created!.createdAt,
      updatedAt: expect.any(String),
      completedAt: expect.any(String),
    },
  ]);
});

test("pages newest first through nextCursor without overlaps", async ({ request }) => {
  const prefix = uniqueKey("wf-pages");
  const created = await createFamily(request, prefix, ["medium", "medium", "medium"]);

  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page: WorkflowPage = await listWorkflows(request, { name: prefix, limit: 2, ...(cursor ? { cursor } : {}) });
    pages.push(idsOf(page));
    cursor = page.nextCursor;
  } while (cursor && pages.length < 5);

  const [first, second, third] = created.map((workflow) => workflow.workflowId);
  expect(pages).toEqual([[third, second], [first]]);
});

const invalidQueries: { query: Record<string, string>; path: string }[] = [
  { query: { status: "done" }, path: "status" },
  { query: { priority: "urgent" }, path: "priority" },
  { query: { from: "yesterday" }, path: "from" },
  { query: { to: "2026-13-01" }, path: "to" },
  { query: { limit: "0" }, path: "limit" },
  { query: { limit: "501" }, path: "limit" },
  { query: { limit: "ten" }, path: "limit" },
  { query: { cursor: "not-a-cursor" }, path: "cursor" },
];

for (const { query, path } of invalidQueries) {
  test(`rejects ${new URLSearchParams(query)} with 400 naming ${path}`, async ({ request }) => {
    const error = await expectApiError(await request.get("/api/workflows", { params: query }), 400, "validation_failed");
    expect(fieldPaths(error)).toEqual([path]);
  });
}
