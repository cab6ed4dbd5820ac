import { expect, type Page, type TestInfo } from "@playwright/test";

/** Every console error and uncaught exception on the page from now on; a clean page leaves it empty. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** A screenshot kept with the test's results, for a person to look at: the full page, or only what is in view (a dialog). */
export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string, { fullPage = true } = {}): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

/** Marks the current document, so a test can tell later that the page updated itself without a reload. */
export const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { __e2eSameDocument: true }));
export const isSameDocument = (page: Page) => page.evaluate(() => "__e2eSameDocument" in window);

/** The sidebar's live badge: once it says Live the page has hydrated and its effects have run. */
export const liveBadge = (page: Page) => page.getByRole("complementary").getByText("Live", { exact: true });

/**
 * Waits until the page's scripts run: the live badge turns to "Live" only from the browser. A form
 * filled before that may be reset by hydration, as a person typing that early would find too.
 */
export const waitForHydration = (page: Page) =>
  expect(page.getByTestId("live-status").filter({ visible: true })).toHaveText("Live", { timeout: 15_000 });
