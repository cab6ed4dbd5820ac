import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { createDeadLetter } from "../support/dead-letters";
import { attachScreenshot, collectConsoleErrors, liveBadge } from "../support/page-checks";
import { createTask } from "../support/tasks-api";
import { expectTheme, storeTheme } from "../support/theme";
import { uniqueKey } from "../support/unique";
import { createWorkflow } from "../support/workflows-api";

type Shown = { path: string; heading: string | RegExp; name: string };

const listPages: Shown[] = [
  { path: "/", heading: "Overview", name: "overview" },
  { path: "/events", heading: "Events", name: "events" },
  { path: "/streams", heading: "Streams", name: "streams" },
  { path: "/consumers", heading: "Consumers", name: "consumers" },
  { path: "/workflows", heading: "Workflows", name: "workflows" },
  { path: "/workflows/new", heading: "New workflow", name: "new-workflow" },
  { path: "/tasks", heading: "Tasks", name: "tasks" },
  { path: "/tasks/new", heading: "New task", name: "new-task" },
  { path: "/dlq", heading: "Dead letters", name: "dead-letters" },
  { path: "/admin/users", heading: "Users", name: "admin-users" },
  { path: "/admin/api-keys", heading: "API keys", name: "admin-api-keys" },
  { path: "/admin/audit", heading: "Audit log", name: "admin-audit" },
];

/** One record of each kind, so their detail pages have something to show. */
async function detailPages(request: APIRequestContext): Promise<Shown[]> {
  const name = uniqueKey("ui-every-page");
  const { workflowId } = await createWorkflow(request, { name, steps: [{ type: "transform", set: { seen: true } }], input: { n: 1 } });
  const { taskId } = await createTask(request, { type: "export", data: { filter: { key: name }, format: "json" } });
  const { letter } = await createDeadLetter(request, "ui-every-page");
  const group = `${e2eEnv().topicPrefix}worker`;
  return [
    { path: `/workflows/${workflowId}`, heading: name, name: "workflow-detail" },
    { path: `/tasks/${taskId}`, heading: "Export task", name: "task-detail" },
    { path: `/dlq/${letter.id}`, heading: `Dead letter ${letter.id}`, name: "dead-letter-detail" },
    { path: `/consumers/${encodeURIComponent(group)}`, heading: group, name: "consumer-group" },
  ];
}

for (const theme of ["light", "dark"] as const) {
  test(`every page renders in the ${theme} theme without console errors`, async ({ page, request }, testInfo) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme === "dark" ? "light" : "dark" });
    await storeTheme(page, theme);
    const consoleErrors = collectConsoleErrors(page);
    for (const shown of [...listPages, ...(await detailPages(request))]) {
      await page.goto(shown.path);
      await expect(page.getByRole("heading", { level: 1, name: shown.heading })).toBeVisible();
      await expect(liveBadge(page)).toBeVisible();
      await expectTheme(page, theme);
      // Client-loaded parts (the Overview's metrics) have arrived, so the screenshot shows the page as read.
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await attachScreenshot(page, testInfo, `${shown.name}-${theme}`);
    }
    expect(consoleErrors).toEqual([]);
  });
}
