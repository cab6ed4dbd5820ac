import { expect, test } from "@playwright/test";
import { expectTheme, storeTheme } from "../support/theme";
import { liveBadge } from "../support/page-checks";

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
});

test("the theme toggle switches the page to dark, and the choice survives a reload", async ({ page }) => {
  await page.goto("/");
  await expect(liveBadge(page)).toBeVisible();
  await expectTheme(page, "light");
  const dark = page.getByRole("radiogroup", { name: "Theme" }).getByRole("radio", { name: "Dark" });

  await dark.click();

  await expectTheme(page, "dark");
  await expect(dark).toBeChecked();
  await page.reload();
  await expectTheme(page, "dark");
  await expect(dark).toBeChecked();
});

test("the stored theme is on <html> before any of the app's JavaScript runs, so a dark page never flashes light", async ({ page }) => {
  await storeTheme(page, "dark");
  // Without its bundles React never hydrates: only the inline script in <head> can set the class.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.goto("/events");
  await expectTheme(page, "dark");
});

test("System follows the operating system's preference as it changes", async ({ page }) => {
  await storeTheme(page, "system");
  await page.goto("/");
  await expect(liveBadge(page)).toBeVisible();
  await expect(page.getByRole("radio", { name: "System" })).toBeChecked();
  await expectTheme(page, "light");

  await page.emulateMedia({ colorScheme: "dark" });
  await expectTheme(page, "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expectTheme(page, "light");
});
