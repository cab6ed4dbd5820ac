import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { attachScreenshot, collectConsoleErrors, isSameDocument, markDocument, waitForHydration } from "../support/page-checks";
import { uniqueKey } from "../support/unique";

const orderSchema = { type: "object", properties: { orderId: { type: "number" } }, required: ["orderId"] };

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
  await waitForHydration(page);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Priority").selectOption("high");
  await fillStep(page, 1, "validate", JSON.stringify({ schema: orderSchema }));
  await fillStep(page, 2, "transform", JSON.stringify({ set: { checked: true } }));
  await fillStep(page, 3, "store", JSON.stringify({ key: "order" }));
  await page.getByLabel(/^Input/).fill(JSON.stringify({ orderId: 42 }));
  await attachScreenshot(page, testInfo, "new-workflow");

  await page.getByRole("button", { name: "Create workflow" }).click();

  await expect(page).toHaveURL(/\/workflows\/[\da-f-]{36}\?created=1$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Workflow created");
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
  await waitForHydration(page);
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
  await page.goto("/workflows/new");
  await waitForHydration(page);
  await page.getByLabel("Name", { exact: true }).fill(uniqueKey("ui-server-error"));
  await fillStep(page, 1, "validate", "");
  // A well-formed URL whose host only the server knows is off its allowlist.
  await fillStep(page, 2, "http", JSON.stringify({ url: "http://example.com/hook" }));

  await page.getByRole("button", { name: "Create workflow" }).click();

  await expect(step(page, 2)).toContainText("url: host is not in HTTP_ALLOWED_HOSTS");
  await expect(step(page, 2).getByLabel(/^Options/)).toHaveAttribute("aria-invalid", "true");
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

  await expect(page.getByRole("main").getByRole("status")).toContainText("Cancelled");
  await expect(page.getByTestId("workflow-status")).toHaveText("cancelled");
  await expect(page.getByTestId("step-0-status")).toHaveText("cancelled");
  await expect(page.getByRole("button", { name: "Cancel" })).toBeDisabled();
  const stored = (await (await request.get(`/api/workflows/${id}`)).json()) as { status: string };
  expect(stored.status).toBe("cancelled");
  expect(consoleErrors).toEqual([]);
});

test("says why when the server refuses to cancel", async ({ page, request }) => {
  const id = await postWorkflow(request, { name: uniqueKey("ui-cancel-refused"), steps: [{ type: "delay", ms: 600_000 }] });
  // As if the workflow had finished between the page's last read and the click.
  await page.route(`**/api/workflows/${id}/cancel`, (route) =>
    route.fulfill({ status: 409, json: { error: { code: "conflict", message: `Workflow ${id} is completed; only pending or processing workflows can be cancelled` } } }),
  );
  await page.goto(`/workflows/${id}`);

  await page.getByRole("button", { name: "Cancel" }).click();

  await expect(page.getByRole("main").getByRole("status")).toContainText("Cancel failed: Workflow");
  await expect(page.getByRole("main").getByRole("status")).toContainText("only pending or processing workflows can be cancelled");
  await request.post(`/api/workflows/${id}/cancel`);
});

test("retries a failed workflow with its button and says so", async ({ page, request }) => {
  const id = await postWorkflow(request, {
    name: uniqueKey("ui-retry"),
    steps: [{ type: "validate", schema: orderSchema }],
    input: {},
  });
  await page.goto(`/workflows/${id}`);
  await expect(page.getByTestId("workflow-status")).toHaveText("failed", { timeout: 15_000 });
  await expect(page.getByTestId("step-0")).toContainText("does not match the schema");
  await expect(page.getByRole("button", { name: "Cancel" })).toBeDisabled();

  await page.getByRole("button", { name: "Retry" }).click();

  // Only what the page owes is checked here: whether the worker then runs the step again is the API's business.
  await expect(page.getByRole("main").getByRole("status")).toContainText("Retrying from the failed step");
});

test("a filter that matches nothing says so, and a filter that makes no sense says why", async ({ page }) => {
  await page.goto(`/workflows?status=completed&name=${uniqueKey("ui-nothing")}`);
  await expect(page.getByText("No workflow matches this filter.")).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("completed");

  await page.goto("/workflows?priority=urgent");
  await expect(page.getByText(/^Invalid option/)).toBeVisible();
});

test("says so when a workflow id names nothing", async ({ page }) => {
  const response = await page.goto("/workflows/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Workflow not found" })).toBeVisible();
});
