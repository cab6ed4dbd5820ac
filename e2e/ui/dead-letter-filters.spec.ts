import { expect, test } from "@playwright/test";
import { createDeadLetter } from "../support/dead-letters";
import { collectConsoleErrors } from "../support/page-checks";

test("filters dead letters by key in the URL, and keeps the filter across status tabs", async ({ page, request }) => {
  const errors = collectConsoleErrors(page);
  const [mine, other] = await Promise.all([createDeadLetter(request, "ui-filter-mine"), createDeadLetter(request, "ui-filter-other")]);

  await page.goto("/dlq");
  await page.getByLabel("Key").fill(mine.key);
  await page.getByRole("button", { name: "Filter", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`[?&]key=${mine.key}`));
  await expect(page.getByTestId(`dead-letter-${mine.letter.id}`)).toBeVisible();
  await expect(page.getByTestId(`dead-letter-${other.letter.id}`)).toHaveCount(0);

  await page.getByRole("navigation", { name: "Status" }).getByRole("link", { name: "All" }).click();
  await expect(page).toHaveURL(/status=all/);
  await expect(page).toHaveURL(new RegExp(`key=${mine.key}`));
  await expect(page.getByTestId(`dead-letter-${mine.letter.id}`)).toBeVisible();
  await expect(page.getByTestId(`dead-letter-${other.letter.id}`)).toHaveCount(0);

  await page.getByLabel("Failed from (ISO time)").fill("yesterday");
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page.getByText("Invalid ISO datetime")).toBeVisible();
  expect(errors).toEqual([]);
});
