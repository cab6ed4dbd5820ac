import { expect, type Page } from "@playwright/test";

/** The theme store's localStorage entry, as zustand's persist middleware writes it. */
const THEME_STORAGE_KEY = "streamops-theme";

/** Every page the test opens from now on starts with this theme stored, as if chosen on an earlier visit. */
export async function storeTheme(page: Page, theme: "light" | "dark" | "system") {
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key, value),
    [THEME_STORAGE_KEY, JSON.stringify({ state: { theme }, version: 0 })] as const,
  );
}

export const expectTheme = (page: Page, theme: "light" | "dark") =>
  theme === "dark" ? expect(page.locator("html")).toHaveClass(/\bdark\b/) : expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
