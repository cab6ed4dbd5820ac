import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { envelope, eventsTopic, produceMessage } from "../support/streams-api";
import { uniqueKey } from "../support/unique";

function recordConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  return errors;
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

async function filterByKey(page: Page, key: string) {
  await page.getByLabel("Key", { exact: true }).fill(key);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`key=${key}`));
}

test("the message browser finds a message by key", async ({ page, request }, testInfo) => {
  const consoleErrors = recordConsoleErrors(page);
  const key = uniqueKey("ui-browse");
  // Markup in a value must show as text: values are whatever a producer sent.
  const value = envelope(key, { note: '<img src="x" onerror="alert(1)">' });
  const produced = await produceMessage(request, { key, value, headers: { "e2e-header": "shown" } });

  await page.goto("/streams");
  await page.getByRole("link", { name: eventsTopic(), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: eventsTopic() })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(7);
  await filterByKey(page, key);

  const card = page.getByTestId(`message-${produced.partition}-${produced.offset}`);
  await expect(card).toContainText(key);
  await card.locator("summary").click();
  await expect(card.locator("pre")).toContainText('"note": "<img src=\\"x\\" onerror=\\"alert(1)\\">"');
  await expect(card.locator("img")).toHaveCount(0);
  await expect(card).toContainText("e2e-header");
  await expect(page.getByTestId(/^message-/)).toHaveCount(1);
  await screenshot(page, testInfo, "stream-messages");
  expect(consoleErrors).toEqual([]);
});

test("produces a test message with the form, sees it, and re-produces it", async ({ page }, testInfo) => {
  const consoleErrors = recordConsoleErrors(page);
  const key = uniqueKey("ui-produce");
  await page.goto(`/streams/${eventsTopic()}`);

  await page.getByLabel("Key (optional)").fill(key);
  const value = page.getByLabel(/^Value \(JSON/);
  await value.fill("{ not json");
  await page.getByRole("button", { name: "Produce", exact: true }).click();
  await expect(page.getByText(/^Not valid JSON/)).toBeVisible();

  await value.fill(JSON.stringify(envelope(key, { from: "the form" })));
  await page.getByRole("button", { name: "Produce", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(/^Produced to partition \d+ at offset \d+\.$/);

  await filterByKey(page, key);
  const cards = page.getByTestId(/^message-/);
  await expect(cards).toHaveCount(1);
  await cards.first().locator("summary").click();
  await expect(cards.first()).toContainText('"from": "the form"');
  await cards.first().getByRole("button", { name: "Re-produce" }).click();

  await expect(page.getByRole("status")).toHaveText(/^Re-produced to partition \d+ at offset \d+\.$/);
  await expect(cards).toHaveCount(2);
  await screenshot(page, testInfo, "stream-messages-produced");
  expect(consoleErrors).toEqual([]);
});
