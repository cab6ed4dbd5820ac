import { expect, test, type Page } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { storageStateOf } from "../support/e2e-auth";
import { attachScreenshot, collectConsoleErrors, waitForHydration } from "../support/page-checks";
import { signIn } from "../support/sign-in";
import { toasts } from "../support/toasts";
import { uniqueKey } from "../support/unique";

/** Every test works on users of its own: the seeded e2e-*@streamops.test users are shared by all specs and left as they are. */
const uniqueEmail = (label: string) => `${uniqueKey(label)}@example.test`;
const password = "a-long-enough-password";

const userRow = (page: Page, email: string) => page.getByRole("row").filter({ hasText: email });
const inlineStatus = (page: Page) => page.getByRole("main").getByRole("status");
const newUserForm = (page: Page) => page.getByRole("form", { name: "New user" });

test("an admin adds a user, changes their role, disables and re-enables them, each taking effect at once", async ({ page }, testInfo) => {
  const consoleErrors = collectConsoleErrors(page);
  const email = uniqueEmail("ui-user");
  await page.goto("/admin/users");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");
  await waitForHydration(page);

  const form = newUserForm(page);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("viewer");
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Create user" }).click();

  await expect(toasts(page).getByRole("listitem")).toContainText("User created");
  const row = userRow(page, email);
  const role = row.getByLabel(`Role of ${email}`);
  await expect(role).toHaveValue("viewer");
  await expect(row).toContainText("enabled");
  await expect(form.getByLabel("Email")).toHaveValue("");
  await attachScreenshot(page, testInfo, "admin-users");

  // The new person signs in with the password given, as a viewer.
  const session = await signIn(e2eEnv().baseUrl, email, password);
  expect((await session.get("/api/users")).status()).toBe(403);

  await role.selectOption("admin");
  await expect(inlineStatus(page)).toHaveText(`${email} is now admin.`);
  await expect(toasts(page).getByRole("listitem").filter({ hasText: `${email} is now admin.` })).toBeVisible();
  expect((await session.get("/api/users")).status()).toBe(200);

  // Disabling ends the sessions the person had open: enabled again, they sign in afresh.
  await row.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(inlineStatus(page)).toHaveText(`${email} is disabled and can no longer sign in.`);
  await expect(row).toContainText("disabled");
  expect((await session.get("/api/users")).status()).toBe(401);

  await row.getByRole("button", { name: `Enable ${email}` }).click();
  await expect(inlineStatus(page)).toHaveText(`${email} is enabled again.`);
  await expect(row).toContainText("enabled");
  expect((await session.get("/api/users")).status()).toBe(401);
  const again = await signIn(e2eEnv().baseUrl, email, password);
  expect((await again.get("/api/users")).status()).toBe(200);

  // A lower role ends the sessions open with the higher one.
  await role.selectOption("viewer");
  await expect(inlineStatus(page)).toHaveText(`${email} is now viewer.`);
  await page.reload();
  await expect(userRow(page, email).getByLabel(`Role of ${email}`)).toHaveValue("viewer");
  expect((await again.get("/api/users")).status()).toBe(401);
  await Promise.all([session.dispose(), again.dispose()]);
  expect(consoleErrors).toEqual([]);
});

test("a refused change says why, and the role shown stays what it is", async ({ page, request }) => {
  const email = uniqueEmail("ui-user-refused");
  const created = await request.post("/api/users", { data: { email, password, role: "viewer" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  // The API's own answer when a change would leave no enabled admin; made here for a user of this
  // test's own, since the real one would need the seeded admin demoted.
  const refusal = "This is the last enabled admin; make another admin first";
  await page.route(`**/api/users/${id}`, (route) =>
    route.request().method() === "PATCH" ? route.fulfill({ status: 409, json: { error: { code: "conflict", message: refusal } } }) : route.fallback(),
  );
  await page.goto("/admin/users");
  await waitForHydration(page);

  await userRow(page, email).getByLabel(`Role of ${email}`).selectOption("operator");

  await expect(toasts(page).getByRole("listitem")).toContainText(`Could not change ${email}: ${refusal}`);
  await expect(inlineStatus(page)).toHaveText(`Could not change ${email}: ${refusal}`);
  await expect(userRow(page, email).getByLabel(`Role of ${email}`)).toHaveValue("viewer");
});

test("the form says what is wrong beside the field, and the server's refusal above the button", async ({ page, request }) => {
  const email = uniqueEmail("ui-user-taken");
  expect((await request.post("/api/users", { data: { email, password, role: "viewer" } })).status()).toBe(201);
  const posts: string[] = [];
  page.on("request", (sent) => sent.method() === "POST" && sent.url().endsWith("/api/users") && posts.push(sent.url()));
  await page.goto("/admin/users");
  await waitForHydration(page);
  const form = newUserForm(page);

  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill("short");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText("At least 12 characters")).toBeVisible();
  await expect(form.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  expect(posts).toEqual([]);

  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("alert")).toHaveText(`A user with the email ${email} already exists`);
  await expect(toasts(page).getByRole("listitem")).toContainText("Could not create the user");
  await expect(form.getByLabel("Email")).toHaveValue(email);
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("the users page answers 403, and the sidebar has no Admin section", async ({ page }) => {
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("row")).toHaveCount(0);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Events", exact: true })).toBeVisible();
    await expect(nav.getByText("Admin", { exact: true })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  });
});
