import { expect, test, type APIRequestContext } from "@playwright/test";
import { bearer } from "../support/e2e-auth";
import { attachScreenshot, collectConsoleErrors, waitForHydration } from "../support/page-checks";
import { uniqueKey } from "../support/unique";

async function createKey(request: APIRequestContext, name: string) {
  const response = await request.post("/api/api-keys", { data: { name, scopes: ["read"] } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; prefix: string; token: string };
}

/** A read-only key asking to send an event: refused, and audited under the key's name. */
const refusedWith = (request: APIRequestContext, token: string) =>
  request.post("/api/events", { headers: bearer(token), data: { eventType: "e2e.audit" } });

test("the log shows a key's revocation, and the action filter narrows it and stays in the URL", async ({ page, request }, testInfo) => {
  const consoleErrors = collectConsoleErrors(page);
  const name = uniqueKey("ui-audit-revoke");
  const key = await createKey(request, name);
  expect((await request.post(`/api/api-keys/${key.id}/revoke`)).status()).toBe(200);
  await page.goto("/admin/audit");
  await waitForHydration(page);

  await page.getByLabel("Action").selectOption("api_key.revoke");
  await page.getByRole("button", { name: "Filter", exact: true }).click();

  await expect(page).toHaveURL(/[?&]action=api_key\.revoke(&|$)/);
  const row = page.getByRole("row").filter({ hasText: key.id });
  await expect(row).toContainText("e2e-admin@streamops.test");
  await expect(row).toContainText("user");
  await expect(row).toContainText("done");
  await expect(row).toContainText(name);
  await expect(row).toContainText(key.prefix);
  await expect(page.locator("tbody tr")).not.toHaveCount(0);
  for (const action of await page.locator("tbody tr td:nth-child(3)").allTextContents()) expect(action).toBe("api_key.revoke");
  await attachScreenshot(page, testInfo, "admin-audit");

  await page.reload();
  await expect(page.getByLabel("Action")).toHaveValue("api_key.revoke");
  await expect(row).toBeVisible();

  await page.getByLabel("From (ISO time)").fill("2999-01-01T00:00:00Z");
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page).toHaveURL(/action=api_key\.revoke.*from=2999/);
  await expect(page.getByText("No audit entry matches this filter.")).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("a refusal is highlighted, and what the request named shows as text, never as markup", async ({ page, request }) => {
  const name = `<img src=x onerror="document.title='pwned'">${uniqueKey("ui-audit")}`;
  const key = await createKey(request, name);
  expect((await refusedWith(request, key.token)).status()).toBe(403);

  await page.goto(`/admin/audit?${new URLSearchParams({ outcome: "refused", actor: `key:${name}` })}`);

  const row = page.getByRole("row").filter({ hasText: "POST /api/events" });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-outcome", "refused");
  await expect(row).toContainText(`key:${name}`);
  await expect(row).toContainText("api_key");
  await expect(row).toContainText("authorization");
  await expect(row).toContainText("the key lacks the events:write scope");
  await expect(page.getByLabel("Outcome")).toHaveValue("refused");
  await expect(page.locator("main img")).toHaveCount(0);
  expect(await page.title()).not.toBe("pwned");
});

test("a long log comes a page at a time, with Load more", async ({ page, request }) => {
  const name = uniqueKey("ui-audit-pages");
  const key = await createKey(request, name);
  const refusals = 55;
  for (const response of await Promise.all(Array.from({ length: refusals }, () => refusedWith(request, key.token)))) {
    expect(response.status()).toBe(403);
  }

  await page.goto(`/admin/audit?actor=${encodeURIComponent(`key:${name}`)}`);
  const rows = page.locator("tbody tr");
  await expect(rows).not.toHaveCount(0);
  expect(await rows.count()).toBeLessThan(refusals);
  await waitForHydration(page);

  await page.getByRole("button", { name: "Load more" }).click();

  await expect(rows).toHaveCount(refusals);
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
});

test("a time that is not ISO-8601 is refused beside its field", async ({ page }) => {
  await page.goto("/admin/audit?from=yesterday");
  await expect(page.getByText("Invalid ISO datetime")).toBeVisible();
  await expect(page.getByLabel("From (ISO time)")).toHaveAttribute("aria-invalid", "true");
});
