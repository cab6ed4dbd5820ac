import { expect, test } from "@playwright/test";
import { createDeadLetters } from "../support/dead-letters";
import { getDeadLetter } from "../support/dlq-api";
import { attachScreenshot, collectConsoleErrors, isSameDocument, markDocument } from "../support/page-checks";
import { toasts } from "../support/toasts";

test("replays two selected dead letters once the dialog has said how many, and the rows follow without a reload", async ({ page, request }, testInfo) => {
  const consoleErrors = collectConsoleErrors(page);
  const { letters } = await createDeadLetters(request, "ui-bulk", 2);
  const ids = letters.map((letter) => letter.id);
  const bulkPosts: unknown[] = [];
  page.on("request", (sent) => sent.method() === "POST" && sent.url().endsWith("/api/dlq/replay") && bulkPosts.push(sent.postDataJSON()));
  // All statuses, so the rows stay in view after the replay whatever the worker does with them next.
  await page.goto("/dlq?status=all");
  await markDocument(page);
  for (const id of ids) await page.getByTestId(`dead-letter-${id}`).getByRole("checkbox").check();
  const replaySelected = page.getByRole("button", { name: "Replay selected (2)" });
  const dialog = page.getByRole("alertdialog", { name: "Replay 2 dead letters?" });

  await replaySelected.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(bulkPosts).toEqual([]);

  await replaySelected.click();
  await attachScreenshot(page, testInfo, "bulk-replay-confirmation", { fullPage: false });
  await dialog.getByRole("button", { name: "Replay 2 dead letters" }).click();

  await expect(toasts(page).getByRole("listitem")).toContainText("Replayed 2 dead letters.");
  expect(bulkPosts).toEqual([{ ids: expect.arrayContaining(ids) }]);
  expect((bulkPosts[0] as { ids: string[] }).ids).toHaveLength(2);
  for (const id of ids) {
    await expect(page.getByTestId(`dead-letter-${id}`)).toContainText("1 replay");
    expect((await getDeadLetter(request, id)).replayCount).toBe(1);
  }
  await expect(page.getByRole("button", { name: /^Replay selected/ })).toHaveText("Replay selected (0)");
  expect(await isSameDocument(page)).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test("select all ticks every pending letter on the page", async ({ page, request }) => {
  const { letters } = await createDeadLetters(request, "ui-select-all", 2);
  await page.goto("/dlq");

  await page.getByRole("checkbox", { name: "Select all on this page" }).check();

  for (const letter of letters) await expect(page.getByTestId(`dead-letter-${letter.id}`).getByRole("checkbox")).toBeChecked();
  // Other specs add letters meanwhile, so the count is at least ours rather than exactly.
  const label = await page.getByRole("button", { name: /^Replay selected/ }).textContent();
  expect(Number(/\((\d+)\)/.exec(label ?? "")?.[1])).toBeGreaterThanOrEqual(2);
});
