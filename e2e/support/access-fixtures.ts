import { test as base, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { anonymousContext } from "./identities";

type Fixture = (args: { playwright: PlaywrightWorkerArgs["playwright"] }, use: (context: APIRequestContext) => Promise<void>) => Promise<void>;

const anonymousOn =
  (baseURL: string): Fixture =>
  async ({ playwright }, use) => {
    const context = await anonymousContext(playwright, baseURL);
    await use(context);
    await context.dispose();
  };

/**
 * `anonymous`: no cookie, no key and no Origin, on the main app; `openAnonymous`: the same on the
 * web app with INGEST_AUTH=off and small rate limits (see playwright.config.ts).
 */
export const test = base.extend<{ anonymous: APIRequestContext; openAnonymous: APIRequestContext }>({
  anonymous: anonymousOn(e2eEnv().baseUrl),
  openAnonymous: anonymousOn(e2eEnv().openBaseUrl),
});

export { expect } from "@playwright/test";
