import { CLIENT_ADDRESS, findAuditEntry, postAudited, tracedHeaders } from "../support/audit-api";
import { createDeadLetters } from "../support/dead-letters";
import { bearer, seededAccess } from "../support/e2e-auth";
import { expect, test } from "../support/fixtures";
import { uniqueKey } from "../support/unique";
import { createWorkflow, FAST_RETRY, LONG_DELAY, waitForWorkflowStatus } from "../support/workflows-api";

/** Everything here is done as the seeded admin, the project's default session. */
const byAdmin = { actor: { type: "user", name: seededAccess().users.admin.email }, outcome: "done", clientAddress: CLIENT_ADDRESS };

test("creating a workflow leaves a row naming it and its steps, never their options", async ({ request }) => {
  const traced = tracedHeaders();
  const steps = [{ type: "http", url: "http://127.0.0.1:8080/never", headers: { Authorization: "Bearer audit-secret" } }, "store"];
  const response = await request.post("/api/workflows", { data: { name: uniqueKey("audit-create"), steps: [LONG_DELAY, ...steps] }, headers: traced });
  expect(response.status(), await response.text()).toBe(201);
  const { workflowId } = (await response.json()) as { workflowId: string };

  const entry = await findAuditEntry(request, "workflow.create", traced["x-request-id"]);
  expect(entry).toMatchObject({ ...byAdmin, target: { type: "workflow", id: workflowId }, details: { steps: ["delay", "http", "store"] } });
  expect(JSON.stringify(entry)).not.toContain("audit-secret");
  await request.post(`/api/workflows/${workflowId}/cancel`);
});

test("creating a task leaves a row naming the key that did", async ({ request }) => {
  const traced = { ...tracedHeaders(), ...bearer(seededAccess().keys["tasks:write"]) };
  const response = await request.post("/api/tasks", {
    data: { type: "export", data: { filter: { key: uniqueKey("audit-task") }, format: "json" } },
    headers: traced,
  });
  expect(response.status(), await response.text()).toBe(201);
  const { taskId } = (await response.json()) as { taskId: string };

  expect(await findAuditEntry(request, "task.create", traced["x-request-id"])).toMatchObject({
    actor: { type: "api_key" },
    outcome: "done",
    clientAddress: CLIENT_ADDRESS,
    target: { type: "task", id: taskId },
    details: { type: "export" },
  });
});

test("cancelling a workflow leaves a row", async ({ request }) => {
  const { workflowId } = await createWorkflow(request, { name: uniqueKey("audit-cancel"), steps: [LONG_DELAY] });

  expect(await postAudited(request, `/api/workflows/${workflowId}/cancel`, "workflow.cancel")).toMatchObject({
    ...byAdmin,
    target: { type: "workflow", id: workflowId },
  });
});

test("retrying a failed workflow leaves a row", async ({ request, receiver }) => {
  // A 400 fails the http step at once, without retries.
  receiver.answer({ status: 400, body: { error: "refused" } });
  const { workflowId } = await createWorkflow(request, {
    name: uniqueKey("audit-retry"),
    retry: FAST_RETRY,
    steps: [{ type: "http", url: receiver.url }],
  });
  await waitForWorkflowStatus(request, workflowId, "failed");

  expect(await postAudited(request, `/api/workflows/${workflowId}/retry`, "workflow.retry")).toMatchObject({
    ...byAdmin,
    target: { type: "workflow", id: workflowId },
  });
});

test("replaying, discarding and bulk-replaying dead letters leave rows", async ({ request }) => {
  const { letters } = await createDeadLetters(request, "audit-dlq", 3);
  const [replayed, discarded, bulkReplayed] = letters.map((letter) => letter.id);

  expect(await postAudited(request, `/api/dlq/${replayed}/replay`, "dead_letter.replay")).toMatchObject({
    ...byAdmin,
    target: { type: "dead_letter", id: replayed },
    details: { edited: false },
  });
  expect(await postAudited(request, `/api/dlq/${discarded}/discard`, "dead_letter.discard")).toMatchObject({
    ...byAdmin,
    target: { type: "dead_letter", id: discarded },
  });
  expect(await postAudited(request, "/api/dlq/replay", "dead_letter.bulk_replay", { ids: [bulkReplayed] })).toMatchObject({
    ...byAdmin,
    target: null,
    details: { count: 1, deadLetterIds: [bulkReplayed] },
  });
});
