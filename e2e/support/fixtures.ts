import { test as base, type APIRequestContext } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { startHttpReceiver, type HttpReceiver } from "./http-receiver";

/**
 * `brokerless`: the second web app, whose Kafka address answers nothing (see playwright.config.ts).
 * `receiver`: a webhook receiver of the test's own, answering 200 until told otherwise.
 */
export const test = base.extend<{ brokerless: APIRequestContext; receiver: HttpReceiver }>({
  brokerless: async ({ playwright }, use) => {
    const context = await playwright.request.newContext({ baseURL: e2eEnv().brokerlessBaseUrl });
    await use(context);
    await context.dispose();
  },
  receiver: async ({}, use) => {
    const receiver = await startHttpReceiver();
    await use(receiver);
    await receiver.close();
  },
});

export { expect } from "@playwright/test";
