import { expect, test } from "@playwright/test";
import { expectApiError } from "../support/api-error";
import { uniqueKey } from "../support/unique";
import {
  cancelWorkflow,
  createWorkflow,
  getWorkflow,
  LONG_DELAY,
  postCancel,
  runWorkflow,
  waitForWorkflow,
} from "../support/workflows-api";

test("cancels a workflow while its delay step waits; the steps after it never run", async ({ request }) => {
  const { workflowId } = await createWorkflow(request, { name: uniqueKey("wf-cancel"), steps: ["validate", LONG_DELAY, "store"] });
  const waiting = await waitForWorkflow(request, workflowId, (workflow) => workflow.steps[1]!.status === "waiting", "waiting in its delay");
  expect(waiting).toMatchObject({ status: "processing", currentStep: "delay", currentStepIndex: 1 });
  // The wake-up is scheduled ten minutes after the step started.
  const wakeIn = Date.parse(waiting.steps[1]!.wakeAt!) - Date.parse(waiting.steps[1]!.startedAt!);
  expect(wakeIn).toBeGreaterThanOrEqual(LONG_DELAY.ms - 1000);
  expect(wakeIn).toBeLessThanOrEqual(LONG_DELAY.ms + 1000);

  const cancelled = await cancelWorkflow(request, workflowId);

  expect(cancelled).toMatchObject({ workflowId, status: "cancelled", result: null, completedAt: null });
  expect(cancelled.steps.map((step) => step.status)).toEqual(["completed", "cancelled", "cancelled"]);
  expect(cancelled.steps[2]!.attempts).toBe(0);
  expect(await getWorkflow(request, workflowId)).toEqual(cancelled);
});

test("cancelling a cancelled or completed workflow answers 409 and changes nothing", async ({ request }) => {
  const { workflowId } = await createWorkflow(request, { name: uniqueKey("wf-cancel-twice"), steps: [LONG_DELAY] });
  await waitForWorkflow(request, workflowId, (workflow) => workflow.status === "processing", "processing");
  const cancelled = await cancelWorkflow(request, workflowId);

  await expectApiError(await postCancel(request, workflowId), 409, "conflict");
  expect(await getWorkflow(request, workflowId)).toEqual(cancelled);

  const completed = await runWorkflow(request, { name: uniqueKey("wf-cancel-done"), steps: ["store"] });
  await expectApiError(await postCancel(request, completed.workflowId), 409, "conflict");
  expect((await getWorkflow(request, completed.workflowId)).status).toBe("completed");
});

test("cancelling an unknown or malformed workflow id answers 404", async ({ request }) => {
  for (const id of [crypto.randomUUID(), "not-a-uuid"]) {
    await expectApiError(await postCancel(request, id), 404, "not_found");
  }
});
