import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditListQuerySchema, listAudit, recordAudit } from "../../../lib/audit";
import type { Actor } from "../../../lib/auth/actor";
import { anonymous, type Principal } from "../../../lib/auth/principal";
import { auditLog } from "../../../lib/db";
import { testDb } from "../support/db";
import { testActor } from "../support/test-actor";
import { inRolledBackTransaction } from "./rolled-back";
import { uniqueName } from "./unique";

const { db, pool } = testDb();
afterAll(() => pool.end());

const actorAs = (principal: Principal): Actor => ({ principal, requestId: randomUUID(), clientAddress: "203.0.113.7" });

/** Writes one entry about a target of its own and reads back its row. */
async function recordOne(actor: Actor) {
  const targetId = uniqueName("target");
  await recordAudit(db, { actor, action: "user.update", target: { type: "user", id: targetId }, details: { note: "integration" } });
  const rows = await db.select().from(auditLog).where(eq(auditLog.targetId, targetId));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

const userId = randomUUID();
const keyId = randomUUID();

describe("audit log", () => {
  it.each([
    { principal: { type: "user", id: userId, email: "ada@example.com", role: "operator" }, actorId: userId, actorName: "ada@example.com" },
    { principal: { type: "api_key", id: keyId, name: "billing", scopes: ["read"] }, actorId: keyId, actorName: "key:billing" },
    { principal: { type: "system", id: "user:create" }, actorId: "user:create", actorName: "system:user:create" },
    { principal: anonymous, actorId: null, actorName: "anonymous" },
  ] satisfies { principal: Principal; actorId: string | null; actorName: string }[])("records who acted: $actorName", async ({ principal, actorId, actorName }) => {
    const actor = actorAs(principal);
    const row = await recordOne(actor);
    expect(row).toMatchObject({
      actorType: principal.type,
      actorId,
      actorName,
      action: "user.update",
      outcome: "done",
      targetType: "user",
      requestId: actor.requestId,
      clientAddress: "203.0.113.7",
      details: { note: "integration" },
    });
  });

  it("lists an entry by the start of its actor's name", async () => {
    const command = uniqueName("listed");
    const row = await recordOne(actorAs({ type: "system", id: command }));
    const page = await listAudit(db, auditListQuerySchema.parse({ actor: `system:${command.slice(0, -4)}` }));
    expect(page.items.map((entry) => entry.id)).toEqual([row.id]);
  });

  // Each statement runs in a transaction that is rolled back: were the triggers missing, the
  // shared log would still be left as it was.
  it.each([
    ["UPDATE", (id: string) => sql`update audit_log set actor_name = 'someone else' where id = ${id}`],
    ["DELETE", (id: string) => sql`delete from audit_log where id = ${id}`],
    ["TRUNCATE", () => sql`truncate audit_log`],
  ])("refuses %s: the log is append-only", async (_statement, statement) => {
    const row = await recordOne(testActor);
    await inRolledBackTransaction(db, async (tx) => {
      await expect(tx.execute(statement(row.id))).rejects.toMatchObject({ cause: { message: "audit_log is append-only" } });
    });
    const [after] = await db.select().from(auditLog).where(eq(auditLog.id, row.id));
    expect(after).toEqual(row);
  });
});
