import { expect, test } from "@playwright/test";
import { acceptEvent } from "../support/events-api";
import { waitForProcessed } from "../support/processing";
import { uniqueKey } from "../support/unique";

test("filters processed events by key from the form, in a URL that can be shared", async ({ page, request }, testInfo) => {
  const key = uniqueKey("ui-events");
  const { eventId } = await acceptEvent(request, { eventType: "e2e.explorer", key });
  await waitForProcessed(request, eventId);

  await page.goto("/events");
  await page.getByLabel("Key").fill(key);
  await page.getByRole("button", { name: "Filter" }).click();

  await expect(page).toHaveURL(new RegExp(`[?&]key=${key}`));
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: eventId })).toContainText("e2e.explorer");
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", `/api/events/export?key=${key}`);
  const screenshot = testInfo.outputPath("events.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("events", { path: screenshot, contentType: "image/png" });
});

test("says which filter field is wrong", async ({ page }) => {
  await page.goto("/events?type=has%20space");
  await expect(page.getByText("letters, digits and . _ : - only")).toBeVisible();
});
