import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { users } from "../../../lib/db";
import { verifyCredentials } from "../../../lib/users";
import { prepare } from "../../../scripts/prepare";
import { testDb } from "../support/db";
import { uniqueEmail } from "./unique";

const { db, pool } = testDb();
afterAll(() => pool.end());

/** prepare() also makes the topics of its prefix: one prefix of this run's own for every call. */
const environment = {
  DATABASE_URL: pool.options.connectionString,
  KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? "127.0.0.1:9092",
  KAFKA_TOPIC_PREFIX: `test-authui-${Date.now()}.`,
  LOG_LEVEL: "silent",
};

describe("prepare with ADMIN_EMAIL and ADMIN_PASSWORD", () => {
  it("creates that admin, and restores it with the new password after it lost its role and was disabled", async () => {
    const email = uniqueEmail("Bootstrap");
    await prepare({ ...environment, ADMIN_EMAIL: email, ADMIN_PASSWORD: "first long password" });
    expect(await verifyCredentials(db, email.toLowerCase(), "first long password")).toMatchObject({ role: "admin" });

    // Straight to the table: the point is an admin someone demoted and disabled, not how.
    await db.update(users).set({ role: "viewer", disabledAt: sql`now()` }).where(eq(users.email, email.toLowerCase()));
    await prepare({ ...environment, ADMIN_EMAIL: email, ADMIN_PASSWORD: "second long password" });

    expect(await verifyCredentials(db, email.toLowerCase(), "second long password")).toMatchObject({ role: "admin" });
    expect(await verifyCredentials(db, email.toLowerCase(), "first long password")).toBeNull();
    expect(await db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()))).toHaveLength(1);
  });

  it("refuses an ADMIN_PASSWORD shorter than 12 characters, naming it, before touching anything", async () => {
    const email = uniqueEmail("short");
    await expect(prepare({ ...environment, ADMIN_EMAIL: email, ADMIN_PASSWORD: "elevenchars" })).rejects.toThrow(/ADMIN_PASSWORD: At least 12 characters/);
    expect(await db.select().from(users).where(eq(users.email, email.toLowerCase()))).toEqual([]);
  });

  it("refuses ADMIN_EMAIL without ADMIN_PASSWORD, naming the missing one, before touching anything", async () => {
    const email = uniqueEmail("half");
    await expect(prepare({ ...environment, ADMIN_EMAIL: email })).rejects.toThrow(/ADMIN_PASSWORD: set both ADMIN_EMAIL and ADMIN_PASSWORD/);
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });
});
