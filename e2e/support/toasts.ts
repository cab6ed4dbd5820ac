import type { Page } from "@playwright/test";

/** Radix's toast viewport, named after the key that focuses it. */
export const toasts = (page: Page) => page.getByRole("region", { name: /^Notifications/ });
