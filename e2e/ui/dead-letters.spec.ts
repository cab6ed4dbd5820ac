import { expect, test } from "@playwright/test";
import { createDeadLetter } from "../support/dead-letters";
import { getDeadLetter } from "../support/dlq-api";
import { waitForProcessed } from "../support/processing";

test("replays a dead letter with its button and says so", async ({ page, request }, testInfo) => {
  const { letter } = await createDeadLetter(request, "ui-replay");
  const consoleErrors: string[] = [];
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));

  await page.goto("/dlq?status=pending");
  const row = page.getByTestId(`dead-letter-${letter.id}`);
  await expect(row).toContainText("DatabaseRejected");
  await expect(row).toContainText("unsupported Unicode escape sequence");
  const screenshot = testInfo.outputPath("dead-letters.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("dead letters", { path: screenshot, contentType: "image/png" });

  await row.getByRole("button", { name: /^Replay dead letter/ }).click();

  await expect(page.getByRole("main").getByRole("status")).toContainText("Replayed to");
  expect((await getDeadLetter(request, letter.id)).replayCount).toBe(1);
  expect(consoleErrors).toEqual([]);
});

test("discards a dead letter, which then shows under Discarded without its buttons", async ({ page, request }) => {
  const { letter } = await createDeadLetter(request, "ui-discard");
  await page.goto("/dlq");
  await page.getByTestId(`dead-letter-${letter.id}`).getByRole("button", { name: /^Discard dead letter/ }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Discarded");

  await page.getByRole("link", { name: "Discarded" }).click();
  await expect(page).toHaveURL(/status=discarded/);
  const row = page.getByTestId(`dead-letter-${letter.id}`);
  await expect(row).toContainText("discarded");
  await expect(row.getByRole("button", { name: /^Replay dead letter/ })).toBeDisabled();
});

test("mends a dead letter's payload in the editor and replays it, after which the event is processed", async ({ page, request }, testInfo) => {
  const { event, letter } = await createDeadLetter(request, "ui-edit");
  await page.goto(`/dlq/${letter.id}`);
  await expect(page.getByTestId("dead-letter-status")).toHaveText("pending");
  const screenshot = testInfo.outputPath("dead-letter-detail.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("dead letter detail", { path: screenshot, contentType: "image/png" });
  const editor = page.getByLabel("Edited payload (JSON object)");

  await editor.fill("{ not json");
  await expect(page.getByText(/^Not valid JSON/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Replay with this edit" })).toBeDisabled();

  await editor.fill(JSON.stringify({ text: "mended" }));
  await page.getByRole("button", { name: "Replay with this edit" }).click();

  await expect(page.getByRole("main").getByRole("status")).toContainText("Replayed with your edit");
  const processed = await waitForProcessed(request, event.eventId);
  expect(processed.payload).toEqual({ text: "mended" });
  await expect(page.getByTestId("dead-letter-status")).toHaveText("replayed");
  await expect(page.getByRole("listitem").filter({ hasText: "with an edit" })).toBeVisible();
});

test("the Overview counts pending dead letters and links to them", async ({ page, request }) => {
  await createDeadLetter(request, "ui-overview");
  await page.goto("/");
  await expect(page.getByTestId("pending-dead-letters")).toHaveText(/^[1-9][\d,]* pending$/);
  await page.getByRole("link", { name: "Review and replay →" }).click();
  await expect(page).toHaveURL(/\/dlq$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dead letters" })).toBeVisible();
});
