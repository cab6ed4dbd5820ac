import { expect } from "@playwright/test";
import { test } from "../support/fixtures";
import { attachScreenshot, collectConsoleErrors } from "../support/page-checks";
import { createWorkflow, getWorkflow, JOB_TIMEOUT_MS, waitForWorkflow } from "../support/workflows-api";

test("from a failed step's dead letter to its workflow and back, one click each", async ({ page, request, receiver }, testInfo) => {
  const errors = collectConsoleErrors(page);
  receiver.answer({ status: 400, body: { error: "bad" } });
  const { workflowId } = await createWorkflow(request, { name: "lineage ui", steps: ["validate", { type: "http", url: `${receiver.url}/x` }] });
  await waitForWorkflow(request, workflowId, (workflow) => workflow.status === "failed", "failed");
  const letters = async () => ((await getWorkflow(request, workflowId)) as unknown as { deadLetters: { id: string }[] }).deadLetters;
  await expect.poll(async () => (await letters()).length, { timeout: JOB_TIMEOUT_MS }).toBe(1);
  const [letter] = await letters();

  await page.goto(`/dlq/${letter!.id}`);
  await page.getByTestId("dead-letter-lineage").getByRole("link", { name: workflowId }).click();
  await expect(page).toHaveURL(`/workflows/${workflowId}`);
  await page.getByTestId("step-1").getByText("Attempts and their Kafka records").click();
  await expect(page.getByTestId("step-1").getByTestId("attempt-1")).toContainText("workflow-steps.medium");
  await attachScreenshot(page, testInfo, "workflow-lineage");

  await page.getByTestId("workflow-dead-letters").getByRole("link", { name: letter!.id }).click();
  await expect(page).toHaveURL(`/dlq/${letter!.id}`);
  expect(errors).toEqual([]);
});

test("an emitted event's page leads to the workflow that emitted it", async ({ page, request }) => {
  const { workflowId } = await createWorkflow(request, { name: "lineage emit ui", steps: [{ type: "emit", eventType: "e2e.lineage.ui" }, "store"] });
  const done = await waitForWorkflow(request, workflowId, (workflow) => workflow.status === "completed", "completed");
  const eventId = (done.result as { emittedEventId: string }).emittedEventId;
  await expect(async () => {
    await page.goto(`/events/${eventId}`);
    await expect(page.getByTestId("event-lineage")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: JOB_TIMEOUT_MS });
  await page.getByTestId("event-lineage").getByRole("link", { name: workflowId }).click();
  await expect(page).toHaveURL(`/workflows/${workflowId}`);
});
