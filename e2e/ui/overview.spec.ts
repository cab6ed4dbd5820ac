import { expect, test } from "@playwright/test";
import { acceptEvent } from "../support/events-api";
import { waitForProcessed } from "../support/processing";
import { uniqueEventType } from "../support/unique";

test("shows Kafka, PostgreSQL and the worker up", async ({ page }, testInfo) => {
  await page.goto("/");

  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  for (const service of ["kafka", "postgresql", "worker"]) {
    await expect(page.getByTestId(`health-${service}`)).toHaveText("Up");
  }
  const screenshot = testInfo.outputPath("overview.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("overview", { path: screenshot, contentType: "image/png" });
});

test("lists an event the worker processed under Recent events", async ({ page, request }) => {
  await page.goto("/");
  const eventType = uniqueEventType("ui");
  const { eventId } = await acceptEvent(request, { eventType });
  await waitForProcessed(request, eventId);

  await page.reload();

  const row = page.getByRole("table").getByRole("row").filter({ hasText: eventId });
  await expect(row).toContainText(eventType);
});

test("serves a favicon", async ({ request }) => {
  expect((await request.get("/favicon.ico")).status()).toBe(200);
});

test("loads without console errors", async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await page.waitForLoadState("networkidle");

  expect(consoleErrors).toEqual([]);
});
