import { expect, test } from "@playwright/test";
import { acceptEvent } from "../support/events-api";
import { waitForProcessed } from "../support/processing";
import { uniqueKey } from "../support/unique";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a copy button puts the event id on the clipboard and says Copied", async ({ page, request }) => {
  const key = uniqueKey("ui-copy");
  const { eventId } = await acceptEvent(request, { eventType: "e2e.copy", key });
  await waitForProcessed(request, eventId);
  await page.goto(`/events?key=${key}`);
  const copy = page.getByRole("row").filter({ hasText: eventId }).getByRole("button", { name: "Copy event id" });

  await copy.click();

  await expect(copy).toContainText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(eventId);
});
