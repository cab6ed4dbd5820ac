import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { findApiKey } from "../../../lib/api-keys";
import { apiKeys } from "../../../lib/db";
import { verifyCredentials } from "../../../lib/users";
import { testDb } from "../support/db";
import { runScript } from "./run-script";
import { uniqueEmail, uniqueName } from "./unique";

const { db, pool } = testDb();
afterAll(() => pool.end());

const run = (script: string, args: string[]) => runScript(script, args, pool.options.connectionString!);
const count = (text: string, part: string) => text.split(part).length - 1;

describe("npm run apikey:create", () => {
  it("creates a key with the scopes given and prints its token once", async () => {
    const name = uniqueName("cli-key");
    const { code, stdout, stderr } = await run("apikey-create.ts", ["--name", name, "--scopes", "read,events:write"]);
    expect(code, stderr).toBe(0);

    const tokens = stdout.match(/sok_[A-Za-z0-9_-]{43}/g) ?? [];
    expect(tokens).toHaveLength(1);
    expect(count(stdout + stderr, tokens[0]!)).toBe(1);
    expect(await findApiKey(db, tokens[0]!)).toMatchObject({ name, scopes: ["read", "events:write"] });
  });

  it("gives the key the expiry asked for, and prints it", async () => {
    const name = uniqueName("cli-expiring-key");
    const { code, stdout, stderr } = await run("apikey-create.ts", ["--name", name, "--scopes", "read", "--expires-in-days", "7"]);
    expect(code, stderr).toBe(0);
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.name, name));
    expect(Math.abs(row!.expiresAt!.getTime() - (Date.now() + 7 * 86_400_000))).toBeLessThan(60_000);
    expect(stdout).toContain(`valid until ${row!.expiresAt!.toISOString()}`);
  });

  it.each([
    { problem: "an expiry that is no number", args: (name: string) => ["--name", name, "--scopes", "read", "--expires-in-days", "soon"], option: "--expires-in-days" },
    { problem: "an expiry of no days", args: (name: string) => ["--name", name, "--scopes", "read", "--expires-in-days", "0"], option: "--expires-in-days" },
    { problem: "an unknown scope", args: (name: string) => ["--name", name, "--scopes", "read,bogus"], option: "--scopes" },
    { problem: "no scopes", args: (name: string) => ["--name", name], option: "--scopes" },
    { problem: "a blank name", args: () => ["--name", " ", "--scopes", "read"], option: "--name" },
    { problem: "an unknown option", args: (name: string) => ["--name", name, "--scopes", "read", "--colour", "red"], option: "--colour" },
  ])("refuses $problem, naming $option, and creates nothing", async ({ args, option }) => {
    const name = uniqueName("cli-bad-key");
    const { code, stdout, stderr } = await run("apikey-create.ts", args(name));
    expect(code).not.toBe(0);
    expect(stderr).toContain(option);
    expect(stderr).toContain("usage: npm run apikey:create");
    expect(stdout).not.toMatch(/sok_/);
    expect(await db.select().from(apiKeys).where(eq(apiKeys.name, name))).toEqual([]);
  });

  it("refuses to run without any option, naming both", async () => {
    const { code, stderr } = await run("apikey-create.ts", []);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/--name: .*\n--scopes: /);
  });
});

describe("npm run user:create", () => {
  it("creates the user and prints the generated password once", async () => {
    const email = uniqueEmail("cli-user");
    const { code, stdout, stderr } = await run("user-create.ts", ["--email", email, "--role", "viewer"]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`created viewer ${email}`);

    const password = /^password \(shown once\): (\S+)$/m.exec(stdout)?.[1];
    expect(password).toBeDefined();
    expect(count(stdout + stderr, password!)).toBe(1);
    expect(await verifyCredentials(db, email, password!)).toMatchObject({ email, role: "viewer" });
  });

  it.each([
    { problem: "a bad email", args: () => ["--email", "not-an-email", "--role", "viewer"], says: "--email: Enter an email address" },
    { problem: "no email", args: () => ["--role", "viewer"], says: "--email: " },
    { problem: "no role", args: (email: string) => ["--email", email], says: "--role: " },
    { problem: "an unknown role", args: (email: string) => ["--email", email, "--role", "superuser"], says: "--role: " },
    { problem: "a short password", args: (email: string) => ["--email", email, "--role", "viewer", "--password", "short"], says: "--password: At least 12 characters" },
  ])("refuses $problem, naming the option", async ({ args, says }) => {
    const { code, stdout, stderr } = await run("user-create.ts", args(uniqueEmail("cli-bad-user")));
    expect(code).not.toBe(0);
    expect(stderr).toContain(says);
    expect(stderr).toContain("usage: npm run user:create");
    expect(stdout).toBe("");
  });

  it("refuses an email that already has an account", async () => {
    const email = uniqueEmail("cli-twice");
    expect((await run("user-create.ts", ["--email", email, "--role", "viewer"])).code).toBe(0);
    const again = await run("user-create.ts", ["--email", email, "--role", "admin"]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain(`A user with the email ${email} already exists`);
    expect(again.stdout).not.toContain("password");
  });
});
