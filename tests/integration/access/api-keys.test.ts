import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createApiKey, findApiKey, listApiKeys, revokeApiKey } from "../../../lib/api-keys";
import { systemActor } from "../../../lib/auth/system-actor";
import { apiKeys, auditLog } from "../../../lib/db";
import { testDb } from "../support/db";
import { uniqueName } from "./unique";

const { db, pool } = testDb();
afterAll(() => pool.end());

// A key's creator is a user id or no one; a system actor needs no user row behind it.
const actor = systemActor("integration-test");
const VISIBLE_LENGTH = "sok_".length + 8;

const newKey = () => createApiKey(db, { name: uniqueName("key"), scopes: ["read", "events:write"] }, actor);

/** Every 8-character piece of the token's secret part: none of them may be stored anywhere. */
const secretPieces = (token: string) => {
  const secret = token.slice(VISIBLE_LENGTH);
  return Array.from({ length: secret.length - 7 }, (_, start) => secret.slice(start, start + 8));
};

describe("API keys", () => {
  it("returns the token once and keeps only its visible prefix and SHA-256 hash", async () => {
    const key = await newKey();
    expect(key.token).toMatch(/^sok_[A-Za-z0-9_-]{43}$/);
    expect(key.prefix).toBe(key.token.slice(0, VISIBLE_LENGTH));

    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(row).toMatchObject({ prefix: key.prefix, secretHash: createHash("sha256").update(key.token).digest("hex"), revokedAt: null });
    const audited = await db.select().from(auditLog).where(eq(auditLog.targetId, key.id));
    const stored = JSON.stringify([row, audited]);
    for (const piece of secretPieces(key.token)) expect(stored).not.toContain(piece);

    const listed = (await listApiKeys(db)).find((one) => one.id === key.id);
    expect(listed).toMatchObject({ prefix: key.prefix, scopes: ["read", "events:write"] });
    expect(JSON.stringify(listed)).not.toContain(key.token);
  });

  it("finds a live key by its token, and neither a revoked one nor a made-up token", async () => {
    const key = await newKey();
    expect(await findApiKey(db, key.token)).toEqual({ id: key.id, name: key.name, scopes: ["read", "events:write"], expiresAt: null });
    expect(await findApiKey(db, `${key.token.slice(0, -1)}${key.token.endsWith("A") ? "B" : "A"}`)).toBeNull();

    await revokeApiKey(db, key.id, actor);
    expect(await findApiKey(db, key.token)).toBeNull();
  });

  it("finds a key until it expires, and not after", async () => {
    const key = await createApiKey(db, { name: uniqueName("expiring"), scopes: ["read"], expiresInDays: 30 }, actor);
    const inThirtyDays = Date.now() + 30 * 86_400_000;
    expect(Math.abs(Date.parse(key.expiresAt!) - inThirtyDays)).toBeLessThan(60_000);
    expect(await findApiKey(db, key.token)).toMatchObject({ id: key.id, expiresAt: new Date(key.expiresAt!) });
    expect((await listApiKeys(db)).find((one) => one.id === key.id)).toMatchObject({ expiresAt: key.expiresAt });
    const audited = await db.select().from(auditLog).where(eq(auditLog.targetId, key.id));
    expect(audited[0]!.details).toMatchObject({ expiresAt: key.expiresAt });

    // Straight to the table: the point is a key whose time has come, not waiting for it.
    await db.update(apiKeys).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(apiKeys.id, key.id));
    expect(await findApiKey(db, key.token)).toBeNull();
  });

  it("keeps the first revocation time when a key is revoked twice, and audits it once", async () => {
    const key = await newKey();
    const first = await revokeApiKey(db, key.id, actor);
    expect(first.revokedAt).not.toBeNull();
    const second = await revokeApiKey(db, key.id, actor);
    expect(second.revokedAt).toBe(first.revokedAt);

    const audited = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, key.id));
    expect(audited.map((entry) => entry.action).sort()).toEqual(["api_key.create", "api_key.revoke"]);
  });
});
