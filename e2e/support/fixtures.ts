import { test as base, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { storageStateOf } from "./e2e-auth";
import { startHttpReceiver, type HttpReceiver } from "./http-receiver";

/**
 * `brokerless`: the second web app, whose Kafka address answers nothing (see playwright.config.ts).
 * `receiver`: a webhook receiver of the test's own, answering 200 until told otherwise.
 */
export const test = base.extend<{ brokerless: APIRequestContext; receiver: HttpReceiver }>({
  brokerless: async ({ playwright }, use) => {
    const context = await brokerlessContext(playwright);
    await use(context);
    await context.dispose();
  },
  receiver: async ({}, use) => {
    const receiver = await startHttpReceiver();
    await use(receiver);
    await receiver.close();
  },
});

/** The admin's session on the brokerless web app (cookies are per host, not per port). */
export const brokerlessContext = (playwright: PlaywrightWorkerArgs["playwright"]) =>
  playwright.request.newContext({
    baseURL: e2eEnv().brokerlessBaseUrl,
    storageState: storageStateOf("admin"),
    extraHTTPHeaders: { origin: e2eEnv().brokerlessBaseUrl },
  });

export { expect } from "@playwright/test";
