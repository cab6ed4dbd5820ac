import { expect, test as base, type APIRequestContext, type Page } from "@playwright/test";
import { expectApiError } from "../support/api-error";
import { createDeadLetter } from "../support/dead-letters";
import { getDeadLetter } from "../support/dlq-api";
import { storageStateOf } from "../support/e2e-auth";
import { attachScreenshot, collectConsoleErrors, waitForHydration } from "../support/page-checks";
import { e2eEnv } from "../e2e-env";
import { envelope, eventsTopic, produceMessage } from "../support/streams-api";
import { uniqueKey } from "../support/unique";
import { createWorkflow } from "../support/workflows-api";

/** `admin`: the seeded admin's API session, which makes what the signed-in browser then looks at. */
const test = base.extend<{ admin: APIRequestContext }>({
  admin: async ({ playwright }, use) => {
    const admin = await playwright.request.newContext({ storageState: storageStateOf("admin") });
    await use(admin);
    await admin.dispose();
  },
});

/** Opens a page and waits until it has hydrated, so what is missing is missing from the live page too. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await waitForHydration(page);
}

const deadLettersWithKey = (key: string) => `/dlq?key=${encodeURIComponent(key)}`;

test.describe("a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("sees a dead letter without any way to act on it, and the API refuses a replay anyway", async ({ page, admin, baseURL }, testInfo) => {
    const consoleErrors = collectConsoleErrors(page);
    const { key, letter } = await createDeadLetter(admin, "ui-viewer");
    const main = page.getByRole("main");

    await open(page, deadLettersWithKey(key));
    await expect(page.getByTestId("user-menu").filter({ visible: true })).toContainText("viewer");
    await expect(page.getByTestId(`dead-letter-${letter.id}`)).toContainText("DatabaseRejected");
    await expect(main.getByRole("button", { name: /Replay|Discard/ })).toHaveCount(0);
    await expect(main.getByRole("checkbox")).toHaveCount(0);
    await attachScreenshot(page, testInfo, "viewer-dead-letters");

    await open(page, `/dlq/${letter.id}`);
    await expect(page.getByTestId("dead-letter-status")).toHaveText("pending");
    await expect(main.getByRole("heading", { name: "Record" })).toBeVisible();
    await expect(main.getByRole("button", { name: /Replay|Discard/ })).toHaveCount(0);
    await expect(main.getByRole("heading", { name: "Edit and replay" })).toHaveCount(0);
    await attachScreenshot(page, testInfo, "viewer-dead-letter-detail");

    // The browser's own session, cookies and all: hiding the buttons is not what protects the letter.
    const refused = await page.request.post(`/api/dlq/${letter.id}/replay`, { headers: { origin: baseURL! } });
    await expectApiError(refused, 403, "forbidden");
    expect(await getDeadLetter(admin, letter.id)).toMatchObject({ status: "pending", replayCount: 0 });
    expect(consoleErrors).toEqual([]);
  });

  test("sees a workflow without Cancel or Retry", async ({ page, admin }) => {
    const consoleErrors = collectConsoleErrors(page);
    const name = uniqueKey("ui-viewer-workflow");
    const { workflowId } = await createWorkflow(admin, { name, steps: [{ type: "transform", set: { seen: true } }] });

    await open(page, `/workflows/${workflowId}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByTestId("workflow-status")).toBeVisible();
    await expect(page.getByRole("main").getByRole("button", { name: /^(Cancel|Retry)$/ })).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  for (const { list, heading, link } of [
    { list: "/workflows", heading: "Workflows", link: "New workflow" },
    { list: "/tasks", heading: "Tasks", link: "New task" },
  ]) {
    test(`has no ${link} link on ${list}, and ${list}/new is not allowed`, async ({ page, baseURL }) => {
      const consoleErrors = collectConsoleErrors(page);
      await open(page, list);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole("link", { name: link })).toHaveCount(0);
      expect(consoleErrors).toEqual([]);

      const response = await page.goto(`${list}/new`);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
      await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
      // Chromium reports the page's own 403 status; nothing else may go wrong.
      expect(consoleErrors).toEqual([`Failed to load resource: the server responded with a status of 403 (Forbidden) (${baseURL}${list}/new)`]);
    });
  }

  test("browses a topic without the form to produce a message or a Re-produce button", async ({ page, admin }) => {
    const consoleErrors = collectConsoleErrors(page);
    const key = uniqueKey("ui-viewer-topic");
    const produced = await produceMessage(admin, { key, value: envelope(key) });

    await open(page, `/streams/${encodeURIComponent(eventsTopic())}?key=${encodeURIComponent(key)}`);
    const card = page.getByTestId(`message-${produced.partition}-${produced.offset}`);
    await expect(card).toContainText(key);
    await card.locator("summary").click();
    await expect(card.getByRole("heading", { name: "Headers" })).toBeVisible();
    await expect(card.getByRole("button", { name: "Re-produce" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Produce a test message" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Produce", exact: true })).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe("an operator", () => {
  test.use({ storageState: storageStateOf("operator") });

  test("gets the Replay button the viewer does not", async ({ page, admin }) => {
    const { key, letter } = await createDeadLetter(admin, "ui-operator");
    await open(page, deadLettersWithKey(key));
    await expect(page.getByTestId(`dead-letter-${letter.id}`).getByRole("button", { name: /^Replay dead letter/ })).toBeEnabled();
  });

  test("may produce to the events topic, but not to StreamOps' own topics", async ({ page }) => {
    await open(page, `/streams/${eventsTopic()}`);
    await expect(page.getByRole("button", { name: "Produce", exact: true })).toBeVisible();

    await open(page, `/streams/${e2eEnv().topicPrefix}tasks`);
    await expect(page.getByRole("heading", { level: 1, name: `${e2eEnv().topicPrefix}tasks` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Produce a test message" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Re-produce" })).toHaveCount(0);
  });
});
