import { test as base, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { ownClientAddress } from "./client-address";
import { anonymousContext } from "./identities";

type Fixture = (args: { playwright: PlaywrightWorkerArgs["playwright"] }, use: (context: APIRequestContext) => Promise<void>) => Promise<void>;

const anonymousOn =
  (baseURL: string): Fixture =>
  async ({ playwright }, use) => {
    const context = await anonymousContext(playwright, baseURL, ownClientAddress());
    await use(context);
    await context.dispose();
  };

/**
 * `anonymous`: no cookie, no key and no Origin, on the main app; `openAnonymous`: the same on the
 * web app with INGEST_AUTH=off and small rate limits (see playwright.config.ts). Each test's caller
 * claims an address of its own, so anonymous rate limits never carry over between tests.
 */
export const test = base.extend<{ anonymous: APIRequestContext; openAnonymous: APIRequestContext }>({
  anonymous: anonymousOn(e2eEnv().baseUrl),
  openAnonymous: anonymousOn(e2eEnv().openBaseUrl),
});

export { expect } from "@playwright/test";
