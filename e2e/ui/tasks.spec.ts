import { expect, test } from "@playwright/test";
import { attachScreenshot, collectConsoleErrors, waitForHydration } from "../support/page-checks";
import { uniqueKey } from "../support/unique";

test("creates an email task with the form and shows the email it rendered, as text", async ({ page }, testInfo) => {
  const consoleErrors = collectConsoleErrors(page);
  const order = uniqueKey("order");
  await page.goto("/tasks/new");
  await waitForHydration(page);
  await expect(page.getByLabel("Type")).toHaveValue("email");
  await page.getByLabel(/^Data/).fill(
    JSON.stringify({
      to: "ops@example.com",
      subject: "Order {{order}} shipped",
      text: "Hi {{name}},\nyour order {{order}} is on its way.",
      html: "<b>Order {{order}}</b><img src=x onerror=\"document.title='pwned'\">",
      variables: { order, name: "Ada" },
    }),
  );
  await page.getByLabel("Max retries").fill("2");
  await attachScreenshot(page, testInfo, "new-task");

  await page.getByRole("button", { name: "Create task" }).click();

  await expect(page).toHaveURL(/\/tasks\/[\da-f-]{36}\?created=1$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Task created");
  await expect(page.getByTestId("email-subject")).toHaveText(`Order ${order} shipped`, { timeout: 15_000 });
  await expect(page.getByTestId("task-status")).toHaveText("completed");
  await expect(page.getByTestId("email-text")).toContainText(`Hi Ada,\nyour order ${order} is on its way.`);
  await expect(page.getByTestId("email-html")).toContainText(`<b>Order ${order}</b>`);
  await expect(page.locator("main b, main img")).toHaveCount(0);
  expect(await page.title()).not.toBe("pwned");
  await attachScreenshot(page, testInfo, "task-detail");

  const taskId = new URL(page.url()).pathname.split("/").at(-1)!;
  await page.getByRole("link", { name: "Tasks", exact: true }).click();
  await page.getByLabel("Type").selectOption("email");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]type=email/);
  await expect(page.getByTestId(`task-${taskId}`)).toContainText("completed");
  await attachScreenshot(page, testInfo, "tasks");
  expect(consoleErrors).toEqual([]);
});

test("shows what is wrong in the task data beside it and sends nothing", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (request) => request.method() === "POST" && request.url().endsWith("/api/tasks") && posts.push(request.url()));
  await page.goto("/tasks/new");
  await waitForHydration(page);
  const data = page.getByLabel(/^Data/);
  await data.fill(JSON.stringify({ to: "ops@example.com", text: "no subject" }));

  await page.getByRole("button", { name: "Create task" }).click();

  await expect(page.getByText(/^subject: /)).toBeVisible();
  await expect(data).toHaveAttribute("aria-invalid", "true");
  await data.fill("[1, 2]");
  await expect(page.getByText("Must be a JSON object")).toBeVisible();
  expect(posts).toEqual([]);
});

test("an export task, once completed, offers its file for download", async ({ page }) => {
  await page.goto("/tasks/new");
  await waitForHydration(page);
  await page.getByLabel("Type").selectOption("export");
  const data = page.getByLabel(/^Data/);
  await expect(data).toHaveValue(/"format": "csv"/);
  await data.fill(JSON.stringify({ filter: { key: uniqueKey("ui-export") }, format: "json" }));
  await page.getByRole("button", { name: "Create task" }).click();

  await expect(page.getByTestId("task-status")).toHaveText("completed", { timeout: 15_000 });
  const link = page.getByRole("link", { name: "Download the export" });
  const download = page.waitForEvent("download");
  await link.click();
  expect((await download).suggestedFilename()).toMatch(/^events-[\da-f-]{36}\.json$/);
});

test("says so when a task id names nothing", async ({ page }) => {
  const response = await page.goto("/tasks/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Task not found" })).toBeVisible();
});
