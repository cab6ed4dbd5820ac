import { expect, test } from "@playwright/test";
import { bearer } from "../support/e2e-auth";
import { attachScreenshot, collectConsoleErrors, waitForHydration } from "../support/page-checks";
import { toasts } from "../support/toasts";
import { uniqueKey } from "../support/unique";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a new key's token is shown once, works within its scope only, and is refused once the key is revoked", async ({ page, request }, testInfo) => {
  const consoleErrors = collectConsoleErrors(page);
  const name = uniqueKey("ui-key");
  await page.goto("/admin/api-keys");
  await waitForHydration(page);

  const form = page.getByRole("form", { name: "New API key" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("checkbox", { name: /^read/ }).check();
  await form.getByRole("button", { name: "Create API key" }).click();

  const panel = page.getByRole("region", { name: `The key ${name}` });
  await expect(panel).toContainText("you will not see it again");
  const token = (await panel.getByTestId("new-api-key-token").textContent()) ?? "";
  expect(token).toMatch(/^sok_[\w-]{43}$/);
  await panel.getByRole("button", { name: "Copy the new API key" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await expect(form.getByLabel("Name")).toHaveValue("");
  await attachScreenshot(page, testInfo, "admin-api-keys");

  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(`${token.slice(0, 12)}…`);
  await expect(row).toContainText("read");
  await expect(row).toContainText("never");
  await expect(row).toContainText("active");

  // The key takes precedence over the admin's cookie that `request` also sends.
  expect((await request.get("/api/events?limit=1", { headers: bearer(token) })).status()).toBe(200);
  expect((await request.post("/api/events", { headers: bearer(token), data: { eventType: "e2e.key-scope" } })).status()).toBe(403);

  await panel.getByRole("button", { name: "Done, I have copied it" }).click();
  await expect(panel).toBeHidden();
  // Its use is recorded in the background, so the list may need a moment to say so.
  await expect(async () => {
    await page.reload();
    await expect(row).not.toContainText("never", { timeout: 1_000 });
  }).toPass();
  await expect(page.getByText(token)).toHaveCount(0);

  await waitForHydration(page);
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  const dialog = page.getByRole("alertdialog", { name: `Revoke ${name}?` });
  await expect(dialog).toContainText(`${token.slice(0, 12)}…`);
  await dialog.getByRole("button", { name: "Revoke key" }).click();

  await expect(toasts(page).getByRole("listitem")).toContainText(`Revoked ${name}`);
  await expect(row).toContainText("revoked");
  await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);
  expect((await request.get("/api/events?limit=1", { headers: bearer(token) })).status()).toBe(401);
  expect(consoleErrors).toEqual([]);
});

test("cancelling the revoke dialog leaves the key working", async ({ page, request }) => {
  const name = uniqueKey("ui-key-kept");
  const created = await request.post("/api/api-keys", { data: { name, scopes: ["read"] } });
  const { token } = (await created.json()) as { token: string };
  await page.goto("/admin/api-keys");
  await waitForHydration(page);

  const row = page.getByRole("row").filter({ hasText: name });
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();

  await expect(page.getByRole("alertdialog")).toBeHidden();
  await expect(row).toContainText("active");
  expect((await request.get("/api/events?limit=1", { headers: bearer(token) })).status()).toBe(200);
});

test("a key needs a name and a scope: the form says so and sends nothing", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (sent) => sent.method() === "POST" && sent.url().endsWith("/api/api-keys") && posts.push(sent.url()));
  await page.goto("/admin/api-keys");
  await waitForHydration(page);

  await page.getByRole("button", { name: "Create API key" }).click();

  await expect(page.getByText("Give the key a name")).toBeVisible();
  await expect(page.getByText("Choose at least one scope")).toBeVisible();
  expect(posts).toEqual([]);
});

test("a key created to expire says when, in the list", async ({ page, request }) => {
  const name = uniqueKey("ui-expiring-key");
  await page.goto("/admin/api-keys");
  await waitForHydration(page);

  const form = page.getByRole("form", { name: "New API key" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Expires").selectOption({ label: "30 days" });
  await form.getByRole("checkbox", { name: /^read/ }).check();
  await form.getByRole("button", { name: "Create API key" }).click();

  const row = page.getByRole("row").filter({ hasText: name });
  // A moment under 30 days by the time the list is read: "in 29 days", with the exact time beneath.
  await expect(row).toContainText(/in (29|30) days/);
  await expect(row).toContainText("active");
  const listed = ((await (await request.get("/api/api-keys")).json()) as { items: { name: string; expiresAt: string | null }[] }).items;
  expect(Date.parse(listed.find((key) => key.name === name)!.expiresAt!) - Date.now()).toBeGreaterThan(29 * 86_400_000);
});
