import { expect, test } from "@playwright/test";
import { attachScreenshot } from "../support/page-checks";

/** Every link of the sidebar, which is also the heading of the page it opens. */
const pages = [
  { name: "Events", path: "/events" },
  { name: "Streams", path: "/streams" },
  { name: "Consumers", path: "/consumers" },
  { name: "Workflows", path: "/workflows" },
  { name: "Tasks", path: "/tasks" },
  { name: "Dead letters", path: "/dlq" },
  { name: "Overview", path: "/" },
];

test("the sidebar opens every page and marks the one shown as current", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const { name, path } of pages) {
    await nav.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === path);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  }
});

test("a page below a section marks its section", async ({ page }) => {
  await page.goto("/workflows/new");
  await expect(page.getByRole("navigation", { name: "Main" }).locator('[aria-current="page"]')).toHaveText("Workflows");
});

test("on a narrow screen a menu button opens the navigation, and it works from the keyboard", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const menuButton = page.getByRole("button", { name: "Open menu" });

  await menuButton.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("dialog", { name: "StreamOps" });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("button", { name: "Close menu" })).toBeFocused();
  await attachScreenshot(page, testInfo, "mobile-menu", { fullPage: false });
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();

  await page.keyboard.press("Enter");
  await menu.getByRole("link", { name: "Tasks", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/tasks$/);
  await expect(menu).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
  await menuButton.click();
  await expect(menu.getByRole("link", { name: "Tasks", exact: true })).toHaveAttribute("aria-current", "page");
});
