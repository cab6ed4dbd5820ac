import { expect, test, type Page } from "@playwright/test";
import { createUser } from "../support/admin-api";
import { seededAccess } from "../support/e2e-auth";
import { sessionContext } from "../support/identities";
import { attachScreenshot, collectConsoleErrors } from "../support/page-checks";

// A browser with no session: what anyone who has not signed in gets.
test.use({ storageState: { cookies: [], origins: [] } });

/** The sign-in page, with where it will send you afterwards. */
const expectSignInPage = (page: Page, callbackUrl: string) =>
  expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("callbackUrl") === callbackUrl);

/**
 * The sign-in page has no live badge for waitForHydration; its button is enabled once React has
 * hydrated the form (a form filled before that would be reset).
 */
const waitForSignInForm = (page: Page) => expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();

async function signInWithForm(page: Page, email: string, password: string) {
  await waitForSignInForm(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const hasSessionCookie = async (page: Page) => (await page.context().cookies()).some((cookie) => cookie.name === "next-auth.session-token");

test("an anonymous visit goes to sign-in and comes back to the page; signing out ends the session", async ({ page, playwright, baseURL }, testInfo) => {
  const consoleErrors = collectConsoleErrors(page);
  // A person of its own: signing out ends every session of that person, the seeded ones' too.
  const admin = await sessionContext(playwright, "admin", baseURL!);
  const operator = await createUser(admin, "operator");
  await admin.dispose();

  await page.goto("/dlq?status=pending");
  await expectSignInPage(page, "/dlq?status=pending");
  await attachScreenshot(page, testInfo, "sign-in");
  await signInWithForm(page, operator.email, operator.password);

  await expect(page).toHaveURL((url) => url.pathname === "/dlq" && url.search === "?status=pending");
  await expect(page.getByRole("heading", { level: 1, name: "Dead letters" })).toBeVisible();
  const menu = page.getByTestId("user-menu").filter({ visible: true });
  await expect(menu).toContainText(operator.email);
  await expect(menu).toContainText("operator");

  await menu.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  expect(await hasSessionCookie(page)).toBe(false);
  await page.goto("/dlq");
  await expectSignInPage(page, "/dlq");
  expect(consoleErrors).toEqual([]);
});

test("a wrong password, or an unknown email, is refused alike and the page stays on sign-in", async ({ page }) => {
  const consoleErrors = collectConsoleErrors(page);
  for (const [email, password] of [
    [seededAccess().users.operator.email, "not-the-password"],
    [`nobody-${Date.now()}@streamops.test`, "not-the-password"],
  ] as const) {
    await page.goto("/login?callbackUrl=%2Fdlq");
    await signInWithForm(page, email, password);
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Wrong email or password.");
    await expectSignInPage(page, "/dlq");
    expect(await hasSessionCookie(page)).toBe(false);
  }
  // Chromium reports next-auth's 401 for each refused attempt; nothing else may go wrong.
  const refusal = "Failed to load resource: the server responded with a status of 401 (Unauthorized)";
  expect(consoleErrors.filter((error) => !(error.startsWith(refusal) && error.includes("/api/auth/callback/credentials")))).toEqual([]);
});

// The last is "/", a tab, "/evil.example": a browser drops the tab and reads another host.
for (const elsewhere of ["https://evil.example", "//evil.example", "/\t/evil.example"]) {
  test(`a callbackUrl of ${JSON.stringify(elsewhere)} leads to the overview after sign-in, not off the site`, async ({ page, baseURL }) => {
    const { viewer } = seededAccess().users;
    await page.goto(`/login?callbackUrl=${encodeURIComponent(elsewhere)}`);
    await signInWithForm(page, viewer.email, viewer.password);
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

    // Signed in, the sign-in page sends you on at once: there too, only to this site.
    await page.goto(`/login?callbackUrl=${encodeURIComponent(elsewhere)}`);
    await expect(page).toHaveURL(`${baseURL}/`);
  });
}
