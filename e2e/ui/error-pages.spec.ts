import { expect, test } from "@playwright/test";

test("an address that names no page says so, with a 404, inside the usual layout", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("a page that fails to render offers a retry and shows no stack, and the navigation still works", async ({ page }) => {
  // An answer the Overview's metrics cannot read makes it throw while rendering.
  await page.route((url) => url.pathname === "/api/metrics", (route) => route.fulfill({ status: 200, json: {} }));
  await page.goto("/");

  const panel = page.getByRole("alert").filter({ hasText: "Something went wrong" });
  // The metrics are fetched only once the page has hydrated, which a busy machine can take a while to do.
  await expect(panel).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(panel).not.toContainText("TypeError");
  await expect(panel).not.toContainText(/\bat \S+ \(/);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Streams", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Streams" })).toBeVisible();
});
