import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";

test("shows the events topic and its six partitions when opened", async ({ page }, testInfo) => {
  const consoleErrors: string[] = [];
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  const topic = page.getByTestId(`topic-${e2eEnv().topicPrefix}events`);
  // The page reads every topic on the broker when it loads; one that another run is creating or
  // deleting at that moment fails the whole read, so a shared broker may need a second look.
  await expect(async () => {
    await page.goto("/streams");
    await expect(topic).toContainText("6 partitions", { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Streams" })).toBeVisible();
  await topic.locator("summary").click();
  await expect(topic.getByRole("row")).toHaveCount(7);

  const screenshot = testInfo.outputPath("streams.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("streams", { path: screenshot, contentType: "image/png" });
  expect(consoleErrors).toEqual([]);
});
