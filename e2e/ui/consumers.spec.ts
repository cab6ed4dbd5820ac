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
