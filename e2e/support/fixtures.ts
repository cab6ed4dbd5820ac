import { test as base, type APIRequestContext } from "@playwright/test";
import { e2eEnv } from "../e2e-env";

/** `brokerless`: the second web app, whose Kafka address answers nothing (see playwright.config.ts). */
export const test = base.extend<{ brokerless: APIRequestContext }>({
  brokerless: async ({ playwright }, use) => {
    const context = await playwright.request.newContext({ baseURL: e2eEnv().brokerlessBaseUrl });
    await use(context);
    await context.dispose();
  },
});

export { expect } from "@playwright/test";
