import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";

test("shows the events topic and its six partitions when opened", async ({ page }, testInfo) => {
  const consoleErrors: string[] = [];
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  await page.goto("/streams");
  await expect(page.getByRole("heading", { level: 1, name: "Streams" })).toBeVisible();

  const topic = page.getByTestId(`topic-${e2eEnv().topicPrefix}events`);
  await expect(topic).toContainText("6 partitions");
  await topic.locator("summary").click();
  await expect(topic.getByRole("row")).toHaveCount(7);

  const screenshot = testInfo.outputPath("streams.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("streams", { path: screenshot, contentType: "image/png" });
  expect(consoleErrors).toEqual([]);
});
