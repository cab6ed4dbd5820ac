import type { Page, TestInfo } from "@playwright/test";

/** Every console error and uncaught exception on the page from now on; a clean page leaves it empty. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** A full-page screenshot kept with the test's results, for a person to look at. */
export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

/** Marks the current document, so a test can tell later that the page updated itself without a reload. */
export const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { __e2eSameDocument: true }));
export const isSameDocument = (page: Page) => page.evaluate(() => "__e2eSameDocument" in window);
