import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, users } from "../../../lib/db";
import { ConflictError } from "../../../lib/errors";
import { createUser, createUserSchema, signInSchema, updateUser, verifyCredentials } from "../../../lib/users";
import { hashPassword } from "../../../lib/users/passwords";
import type { UserView } from "../../../lib/users/user-view";
import { testDb } from "../support/db";
import { testActor } from "../support/test-actor";
import { uniqueEmail } from "./unique";

const { db, pool } = testDb();
afterAll(() => pool.end());

const PASSWORD = "correct horse battery staple";

/** A new account, read through the same schema the API and `npm run user:create` use. */
const newUser = (input: { email: string; password?: string; role?: string }) =>
  createUser(db, createUserSchema.parse({ password: PASSWORD, role: "viewer", ...input }), testActor);

/** Signs in as the sign-in form does: the schema reads the email first. */
const signIn = (email: string, password: string) => {
  const credentials = signInSchema.parse({ email, password });
  return verifyCredentials(db, credentials.email, credentials.password);
};

/** The quickest of three runs, in milliseconds: a busy machine only ever adds time. */
async function fastestMs(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return Math.min(...times);
}

describe("createUser", () => {
  it("stores an argon2id hash of the password and never the password itself", async () => {
    const user = await newUser({ email: uniqueEmail("hash") });
    expect(user).not.toHaveProperty("passwordHash");

    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row!.passwordHash).not.toContain(PASSWORD);
    const audited = await db.select().from(auditLog).where(eq(auditLog.targetId, user.id));
    expect(audited.map((entry) => entry.action)).toEqual(["user.create"]);
    expect(JSON.stringify(audited)).not.toContain(PASSWORD);
  });

  it("refuses a second account for an email, however it is capitalised", async () => {
    const email = uniqueEmail("twice");
    await newUser({ email });
    await expect(newUser({ email: email.toUpperCase() })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("verifyCredentials", () => {
  const email = uniqueEmail("Sign-In");
  let user: UserView;
  beforeAll(async () => {
    user = await newUser({ email, role: "operator" });
  });

  it("accepts the right password, with the email in any case, since the schemas lower-case it", async () => {
    expect(user.email).toBe(email.toLowerCase());
    expect(await signIn(email.toUpperCase(), PASSWORD)).toEqual({ id: user.id, email: user.email, role: "operator", sessionVersion: 0 });
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    expect(await signIn(email, `${PASSWORD}!`)).toBeNull();
    expect(await signIn(uniqueEmail("nobody"), PASSWORD)).toBeNull();
  });

  it("still accepts a password set before passwords had to be 12 characters long", async () => {
    const earlier = uniqueEmail("earlier");
    await db.insert(users).values({ email: earlier, passwordHash: await hashPassword("eight-ch"), role: "viewer" });
    expect(await signIn(earlier, "eight-ch")).toMatchObject({ email: earlier, role: "viewer" });
  });

  it("refuses a disabled account even with the right password", async () => {
    const disabled = await newUser({ email: uniqueEmail("disabled") });
    await updateUser(db, disabled.id, { disabled: true }, testActor);
    expect(await signIn(disabled.email, PASSWORD)).toBeNull();
  });

  it("spends a password hash on an unknown email, as on a wrong password", async () => {
    // Not a timing comparison: a lookup alone takes about a millisecond, an argon2id check tens.
    // The first unknown email also makes the decoy hash, so it is left out.
    await signIn(uniqueEmail("warm-up"), PASSWORD);
    const wrongPassword = await fastestMs(() => signIn(email, "not the password"));
    const unknownEmail = await fastestMs(() => signIn(uniqueEmail("unknown"), "not the password"));
    expect(wrongPassword).toBeGreaterThan(5);
    expect(unknownEmail).toBeGreaterThan(5);
  });
});

describe("updateUser and open sessions", () => {
  const versionOf = async (id: string) => (await db.select({ version: users.sessionVersion }).from(users).where(eq(users.id, id)))[0]!.version;

  it("ends them on a new password, on disabling and on a lower role, and not on a higher role or enabling", async () => {
    // Lowering an admin needs another one, which a fresh database does not have.
    await newUser({ email: uniqueEmail("another-admin"), role: "admin" });
    const person = await newUser({ email: uniqueEmail("sessions"), role: "operator" });
    const steps: [change: Parameters<typeof updateUser>[2], ends: boolean][] = [
      [{ role: "admin" }, false],
      [{ role: "viewer" }, true],
      [{ password: "another long password" }, true],
      [{ disabled: true }, true],
      [{ disabled: false }, false],
    ];
    for (const [change, ends] of steps) {
      const before = await versionOf(person.id);
      await updateUser(db, person.id, change, testActor);
      expect(await versionOf(person.id), JSON.stringify(change)).toBe(before + (ends ? 1 : 0));
    }
  });
});
