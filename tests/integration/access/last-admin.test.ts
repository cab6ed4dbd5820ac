import { and, eq, isNull, notInArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { users } from "../../../lib/db";
import { createUser, updateUser } from "../../../lib/users";
import { testDb } from "../support/db";
import { testActor } from "../support/test-actor";
import { inRolledBackTransaction } from "./rolled-back";
import { uniqueEmail } from "./unique";

const { db, pool } = testDb();
afterAll(() => pool.end());

const lastAdminRefusal = { name: "ConflictError", message: expect.stringContaining("last enabled admin") };

const newAdmin = () => createUser(db, { email: uniqueEmail("admin"), password: "correct horse battery staple", role: "admin" }, testActor);

describe("updateUser and the last enabled admin", () => {
  it("demotes one of two admins", async () => {
    const [first, second] = [await newAdmin(), await newAdmin()];
    expect(await updateUser(db, first.id, { role: "operator" }, testActor)).toMatchObject({ id: first.id, role: "operator" });
    const [kept] = await db.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, second.id));
    expect(kept).toEqual({ role: "admin", disabledAt: null });
  });

  it("refuses to demote or disable the only enabled admin left", async () => {
    const [first, second] = [await newAdmin(), await newAdmin()];
    // Other tests' admins share this database: they are disabled only inside a transaction that is
    // rolled back, so nobody else ever sees it, and the rule is tried on these two alone.
    await inRolledBackTransaction(db, async (tx) => {
      await tx
        .update(users)
        .set({ disabledAt: sql`now()` })
        .where(and(eq(users.role, "admin"), isNull(users.disabledAt), notInArray(users.id, [first.id, second.id])));

      expect(await updateUser(tx, first.id, { role: "viewer" }, testActor)).toMatchObject({ role: "viewer" });
      await expect(updateUser(tx, second.id, { role: "operator" }, testActor)).rejects.toMatchObject(lastAdminRefusal);
      await expect(updateUser(tx, second.id, { disabled: true }, testActor)).rejects.toMatchObject(lastAdminRefusal);
      // What is not about being an admin still changes.
      expect(await updateUser(tx, second.id, { password: "another long password" }, testActor)).toMatchObject({ role: "admin", disabled: false });
    });

    const [after] = await db.select({ role: users.role }).from(users).where(eq(users.id, first.id));
    expect(after).toEqual({ role: "admin" });
  });
});
