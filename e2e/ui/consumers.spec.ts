import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";

test("shows the worker's consumer group, and its partitions when opened", async ({ page }, testInfo) => {
  const consoleErrors: string[] = [];
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  const { topicPrefix } = e2eEnv();
  const group = page.getByTestId(`consumer-group-${topicPrefix}worker`);
  // The page reads Kafka on load; the worker may still be joining its group when the suite starts.
  await expect(async () => {
    await page.goto("/consumers");
    await expect(group).toContainText("Stable", { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Consumers" })).toBeVisible();
  await group.locator("summary").click();
  await expect(group.getByRole("row").filter({ hasText: `${topicPrefix}events` }).first()).toBeVisible();

  const screenshot = testInfo.outputPath("consumers.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("consumers", { path: screenshot, contentType: "image/png" });
  expect(consoleErrors).toEqual([]);
});

test("a group's page charts its lag history and says when it drains", async ({ page }, testInfo) => {
  const { topicPrefix } = e2eEnv();
  await page.goto("/consumers");
  const group = page.getByTestId(`consumer-group-${topicPrefix}worker`);
  await expect(async () => {
    await page.goto("/consumers");
    await expect(group).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await group.getByRole("link", { name: `${topicPrefix}worker` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${topicPrefix}worker` })).toBeVisible();

  // Samples arrive every second in the e2e set-up; the chart needs two.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("img", { name: /^Lag over time/ })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId("drain-estimate")).not.toBeEmpty();
  const screenshot = testInfo.outputPath("consumer-group.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("consumer group", { path: screenshot, contentType: "image/png" });
});
