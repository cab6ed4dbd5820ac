import { expect, test } from "@playwright/test";
import { createDeadLetter } from "../support/dead-letters";
import { attachScreenshot } from "../support/page-checks";
import { toasts } from "../support/toasts";

test("discarding a dead letter says so in a toast as well as beside the list", async ({ page, request }, testInfo) => {
  const { letter } = await createDeadLetter(request, "ui-toast-discard");
  await page.goto("/dlq");

  await page.getByTestId(`dead-letter-${letter.id}`).getByRole("button", { name: /^Discard dead letter/ }).click();

  await expect(toasts(page).getByRole("listitem")).toContainText("Discarded: it will not be replayed.");
  await expect(page.getByRole("main").getByRole("status")).toContainText("Discarded");
  await attachScreenshot(page, testInfo, "toast", { fullPage: false });
});

test("a refused mutation says why in a toast", async ({ page, request }) => {
  const { letter } = await createDeadLetter(request, "ui-toast-refused");
  // As if another operator had discarded it between the page's last read and the click.
  await page.route(`**/api/dlq/${letter.id}/replay`, (route) =>
    route.fulfill({ status: 409, json: { error: { code: "conflict", message: `Dead letter ${letter.id} is discarded` } } }),
  );
  await page.goto("/dlq");

  await page.getByTestId(`dead-letter-${letter.id}`).getByRole("button", { name: /^Replay dead letter/ }).click();

  await expect(toasts(page).getByRole("listitem")).toContainText(`Replay failed: Dead letter ${letter.id} is discarded`);
});
