import type { APIRequestContext } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { expect, test } from "../support/access-fixtures";
import { createApiKey, createUser, updateUser } from "../support/admin-api";
import { CLIENT_ADDRESS, findAuditEntry, postAudited, tracedHeaders } from "../support/audit-api";
import { withDatabase } from "../support/database";
import { bearer, seededAccess } from "../support/e2e-auth";
import { anonymousContext, sessionContext } from "../support/identities";
import { attemptSignIn } from "../support/sign-in-attempt";
import { uniqueKey } from "../support/unique";

const { baseUrl } = e2eEnv();
const admin = { type: "user", name: seededAccess().users.admin.email };
const anonymousActor = { type: "anonymous", id: null, name: "anonymous" };

type Refusal = { caller: APIRequestContext; method: "GET" | "POST"; path: string; key?: string; status: number; actor: object; needed: string };

test("a refused request leaves a row naming who, what route and why", async ({ playwright, request, anonymous }) => {
  const viewer = await sessionContext(playwright, "viewer", baseUrl);
  const refusals: Refusal[] = [
    { caller: viewer, method: "POST", path: "/api/dlq/replay", status: 403, actor: { type: "user", name: seededAccess().users.viewer.email }, needed: "operate" },
    { caller: anonymous, method: "GET", path: "/api/users", status: 401, actor: anonymousActor, needed: "admin" },
    { caller: anonymous, method: "GET", path: "/api/events", key: seededAccess().keys.revoked, status: 401, actor: anonymousActor, needed: "read" },
  ];

  for (const { caller, method, path, key, status, actor, needed } of refusals) {
    const traced = tracedHeaders();
    const data = method === "POST" ? { ids: [crypto.randomUUID()] } : undefined;
    const response = await caller.fetch(path, { method, data, headers: { ...traced, ...(key ? bearer(key) : {}) } });
    expect(response.status(), path).toBe(status);

    expect(await findAuditEntry(request, "authorization", traced["x-request-id"])).toMatchObject({
      actor,
      outcome: "refused",
      target: { type: "route", id: `${method} ${path}` },
      clientAddress: CLIENT_ADDRESS,
      details: { needed, reason: expect.any(String) },
    });
  }
  await viewer.dispose();
});

test("behind a trusted proxy, the client address is the one that proxy appended, not one the caller wrote before it", async ({ request, anonymous }) => {
  const traced = { ...tracedHeaders(), "x-forwarded-for": `198.51.100.66, ${CLIENT_ADDRESS}` };
  expect((await anonymous.get("/api/users", { headers: traced })).status()).toBe(401);

  expect((await findAuditEntry(request, "authorization", traced["x-request-id"])).clientAddress).toBe(CLIENT_ADDRESS);
});

test("a caller that reaches the app directly is audited at its own address, whatever X-Forwarded-For it sends", async ({ playwright, request }) => {
  // web-without-kafka believes no proxy (TRUSTED_PROXIES is empty there, as by default).
  const direct = await anonymousContext(playwright, e2eEnv().brokerlessBaseUrl);
  for (const forged of [CLIENT_ADDRESS, `198.51.100.66, ${CLIENT_ADDRESS}`, "10.0.0.1", "not an address"]) {
    const traced = { ...tracedHeaders(), "x-forwarded-for": forged };
    expect((await direct.get("/api/users", { headers: traced })).status()).toBe(401);

    expect((await findAuditEntry(request, "authorization", traced["x-request-id"])).clientAddress, forged).toBe("127.0.0.1");
  }
  await direct.dispose();
});

test("sign-ins leave a row, refused or done", async ({ playwright, request }) => {
  const person = await createUser(request, "viewer");
  const attempts = [
    { email: `${uniqueKey("nobody")}@streamops.test`, password: "not-the-password", signedIn: false, outcome: "refused", actor: anonymousActor },
    { email: person.email, password: "not-the-password", signedIn: false, outcome: "refused", actor: anonymousActor },
    { email: person.email, password: person.password, signedIn: true, outcome: "done", actor: { type: "user", id: person.id, name: person.email } },
  ];

  for (const { email, password, signedIn, outcome, actor } of attempts) {
    const traced = tracedHeaders();
    const visitor = await anonymousContext(playwright, baseUrl);
    expect(await attemptSignIn(visitor, email, password, traced)).toBe(signedIn);
    await visitor.dispose();

    expect(await findAuditEntry(request, "user.sign_in", traced["x-request-id"])).toMatchObject({
      actor,
      outcome,
      target: { type: "user", id: email },
      clientAddress: CLIENT_ADDRESS,
    });
  }
});

test("creating and revoking an API key leave rows", async ({ request }) => {
  const created = tracedHeaders();
  const key = await createApiKey(request, ["read"], created);
  expect(await findAuditEntry(request, "api_key.create", created["x-request-id"])).toMatchObject({
    actor: admin,
    outcome: "done",
    target: { type: "api_key", id: key.id },
    clientAddress: CLIENT_ADDRESS,
    details: { name: key.name, prefix: key.prefix, scopes: ["read"] },
  });

  expect(await postAudited(request, `/api/api-keys/${key.id}/revoke`, "api_key.revoke")).toMatchObject({
    actor: admin,
    target: { type: "api_key", id: key.id },
    clientAddress: CLIENT_ADDRESS,
  });
});

test("creating and changing a user leave rows", async ({ request }) => {
  const created = tracedHeaders();
  const person = await createUser(request, "viewer", created);
  expect(await findAuditEntry(request, "user.create", created["x-request-id"])).toMatchObject({
    actor: admin,
    outcome: "done",
    target: { type: "user", id: person.id },
    clientAddress: CLIENT_ADDRESS,
    details: { email: person.email, role: "viewer" },
  });

  const updated = tracedHeaders();
  await updateUser(request, person.id, { role: "operator" }, updated);
  expect(await findAuditEntry(request, "user.update", updated["x-request-id"])).toMatchObject({
    actor: admin,
    target: { type: "user", id: person.id },
    clientAddress: CLIENT_ADDRESS,
    details: { email: person.email, previousRole: "viewer", role: "operator" },
  });
});

test("the web app and the worker connect as a role that may only add to the log, not change it or drop its guard", async ({ request, anonymous }) => {
  const traced = tracedHeaders();
  expect((await anonymous.get("/api/users", { headers: traced })).status()).toBe(401);
  const entry = await findAuditEntry(request, "authorization", traced["x-request-id"]);
  const appRole = new URL(e2eEnv().appDatabaseUrl).username;

  const roles = await withDatabase(async (client) => {
    const sessions = await client.query<{ usename: string }>(
      "select distinct usename from pg_stat_activity where datname = current_database() and (application_name like 'streamops-web%' or application_name = 'streamops-worker')",
    );
    return sessions.rows.map((row) => row.usename);
  });
  expect(roles).toEqual([appRole]);

  await withDatabase(async (client) => {
    const statements = [
      "update audit_log set outcome = 'done' where request_id = $1",
      "delete from audit_log where request_id = $1",
      "truncate audit_log",
      "drop trigger audit_log_no_update_or_delete on audit_log",
      "alter table audit_log disable trigger audit_log_no_truncate",
    ];
    for (const statement of statements) {
      await client.query("begin");
      const params = statement.includes("$1") ? [traced["x-request-id"]] : [];
      await expect(client.query(statement, params), statement).rejects.toThrow(/permission denied|must be owner/);
      await client.query("rollback");
    }
  }, e2eEnv().appDatabaseUrl);
  expect(await findAuditEntry(request, "authorization", traced["x-request-id"])).toEqual(entry);
});

test("the log is append-only: not even the owner's direct connection can change or remove a row", async ({ request, anonymous }) => {
  const traced = tracedHeaders();
  expect((await anonymous.get("/api/users", { headers: traced })).status()).toBe(401);
  const entry = await findAuditEntry(request, "authorization", traced["x-request-id"]);

  await withDatabase(async (client) => {
    const statements = [
      "update audit_log set outcome = 'done' where request_id = $1",
      "delete from audit_log where request_id = $1",
      "truncate audit_log",
    ];
    for (const statement of statements) {
      // In a transaction rolled back either way, so even a missing guard would not lose the log.
      await client.query("begin");
      const params = statement.includes("$1") ? [traced["x-request-id"]] : [];
      await expect(client.query(statement, params), statement).rejects.toThrow(/append-only/);
      await client.query("rollback");
    }
  });
  expect(await findAuditEntry(request, "authorization", traced["x-request-id"])).toEqual(entry);
});
