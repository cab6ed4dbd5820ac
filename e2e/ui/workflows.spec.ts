import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { attachScreenshot, collectConsoleErrors, isSameDocument, markDocument } from "../support/page-checks";
import { uniqueKey } from "../support/unique";

const step = (page: Page, number: number) => page.getByRole("group", { name: `Step ${number}`, exact: true });

async function fillStep(page: Page, number: number, type: string, options: string) {
  if (number > 1) await page.getByRole("button", { name: "Add step" }).click();
  await step(page, number).getByLabel("Type").selectOption(type);
  await step(page, number).getByLabel(/^Options/).fill(options);
}

async function postWorkflow(request: APIRequestContext, body: Record<string, unknown>): Promise<string> {
  const response = await request.post("/api/workflows", { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { workflowId: string }).workflowId;
}

test("creates a workflow with the form, then its page follows it to completed without a reload", async ({ page }, testInfo) => {
  const consoleErrors = collectConsoleErrors(page);
  const name = uniqueKey("ui-workflow");
  await page.goto("/workflows/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Priority").selectOption("high");
  await fillStep(page, 1, "validate", JSON.stringify({ schema: { type: "object", required: ["orderId"] } }));
  await fillStep(page, 2, "transform", JSON.stringify({ set: { checked: true } }));
  await fillStep(page, 3, "store", JSON.stringify({ key: "order" }));
  await page.getByLabel(/^Input/).fill(JSON.stringify({ orderId: 42 }));
  await attachScreenshot(page, testInfo, "new-workflow");

  await page.getByRole("button", { name: "Create workflow" }).click();

  await expect(page).toHaveURL(/\/workflows\/[\da-f-]{36}\?created=1$/);
  await expect(page.getByRole("status")).toContainText("Workflow created");
  await markDocument(page);
  await expect(page.getByTestId("workflow-status")).toHaveText("completed", { timeout: 20_000 });
  for (const index of [0, 1, 2]) await expect(page.getByTestId(`step-${index}-status`)).toHaveText("completed");
  await expect(page.getByLabel("Result")).toContainText('"checked": true');
  await expect(page.getByRole("button", { name: "Cancel" })).toBeDisabled();
  expect(await isSameDocument(page)).toBe(true);
  await attachScreenshot(page, testInfo, "workflow-detail");

  await page.getByRole("link", { name: "Workflows", exact: true }).click();
  await page.getByLabel("Name contains").fill(name);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]name=${name}`));
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("completed");
  await expect(row).toContainText("high");
  await attachScreenshot(page, testInfo, "workflows");
  expect(consoleErrors).toEqual([]);
});

test("shows a bad step option beside its step and sends nothing", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (request) => request.method() === "POST" && request.url().endsWith("/api/workflows") && posts.push(request.url()));
  await page.goto("/workflows/new");
  await page.getByLabel("Name", { exact: true }).fill(uniqueKey("ui-invalid"));
  await fillStep(page, 1, "validate", "");
  await fillStep(page, 2, "delay", JSON.stringify({ ms: -5 }));

  await page.getByRole("button", { name: "Create workflow" }).click();

  await expect(step(page, 2)).toContainText(/ms: Too small/);
  await expect(step(page, 2).getByLabel(/^Options/)).toHaveAttribute("aria-invalid", "true");
  await step(page, 2).getByLabel(/^Options/).fill('{ "ms": ');
  await expect(step(page, 2)).toContainText("Not valid JSON");
  await page.getByRole("button", { name: "Create workflow" }).click();
  await expect(page).toHaveURL(/\/workflows\/new$/);
  expect(posts).toEqual([]);
});

test("puts the server's field errors beside the fields they name", async ({ page }) => {
  await page.route("**/api/workflows", (route) =>
    route.fulfill({
      status: 400,
      json: {
        error: { code: "validation_failed", message: "Request body is invalid", requestId: "e2e", details: [{ path: "steps.1.url", message: "an http(s) URL" }] },
      },
    }),
  );
  await page.goto("/workflows/new");
  await page.getByLabel("Name", { exact: true }).fill(uniqueKey("ui-server-error"));
  await fillStep(page, 1, "validate", "");
  await fillStep(page, 2, "http", JSON.stringify({ url: "http://127.0.0.1:9/hook" }));

  await page.getByRole("button", { name: "Create workflow" }).click();

  await expect(step(page, 2)).toContainText("url: an http(s) URL");
  await expect(page.getByRole("alert").filter({ hasText: "Request body is invalid" })).toBeVisible();
  await expect(page).toHaveURL(/\/workflows\/new$/);
});

test("cancels a workflow that waits on a long delay with its button", async ({ page, request }) => {
  const consoleErrors = collectConsoleErrors(page);
  const id = await postWorkflow(request, { name: uniqueKey("ui-cancel"), steps: [{ type: "delay", ms: 600_000 }] });
  await page.goto(`/workflows/${id}`);
  await expect(page.getByTestId("step-0-status")).toHaveText("waiting", { timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Retry" })).toBeDisabled();

  await page.getByRole("button", { name: "Cancel" }).click();

  await expect(page.getByRole("status")).toContainText("Cancelled");
  await expect(page.getByTestId("workflow-status")).toHaveText("cancelled");
  await expect(page.getByTestId("step-0-status")).toHaveText("cancelled");
  await expect(page.getByRole("button", { name: "Cancel" })).toBeDisabled();
  const stored = (await (await request.get(`/api/workflows/${id}`)).json()) as { status: string };
  expect(stored.status).toBe("cancelled");
  expect(consoleErrors).toEqual([]);
});

test("says so when a workflow id names nothing", async ({ page }) => {
  const response = await page.goto("/workflows/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Workflow not found" })).toBeVisible();
});
