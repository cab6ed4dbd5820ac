import { expect, test } from "@playwright/test";
import { createDeadLetter } from "../support/dead-letters";
import { getDeadLetter } from "../support/dlq-api";

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

  await expect(page.getByRole("status")).toContainText("Replayed to");
  expect((await getDeadLetter(request, letter.id)).replayCount).toBe(1);
  expect(consoleErrors).toEqual([]);
});

test("discards a dead letter, which then shows under Discarded without its buttons", async ({ page, request }) => {
  const { letter } = await createDeadLetter(request, "ui-discard");
  await page.goto("/dlq");
  await page.getByTestId(`dead-letter-${letter.id}`).getByRole("button", { name: /^Discard dead letter/ }).click();
  await expect(page.getByRole("status")).toContainText("Discarded");

  await page.getByRole("link", { name: "Discarded" }).click();
  await expect(page).toHaveURL(/status=discarded/);
  const row = page.getByTestId(`dead-letter-${letter.id}`);
  await expect(row).toContainText("discarded");
  await expect(row.getByRole("button", { name: /^Replay dead letter/ })).toBeDisabled();
});
