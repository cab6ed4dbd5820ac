import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findApiKey } from "../../../lib/api-keys";
import { auditLog } from "../../../lib/db";
import { verifyCredentials } from "../../../lib/users";
import { ensureDatabase, migrateDatabase } from "../../../scripts/database";
import { provisionLocalAccess } from "../../../scripts/local-access";
import { withDb } from "../../../scripts/with-db";

/** A database of this test's own: "first start" means nobody is in it yet. */
const url = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/streamops_test");
url.pathname = `/streamops_first_start_${Date.now()}`;

async function dropDatabase() {
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  await client.query(`drop database if exists "${url.pathname.slice(1)}" with (force)`);
  await client.end();
}

beforeAll(async () => {
  await ensureDatabase(url.toString());
  await migrateDatabase(url.toString());
});
afterAll(dropDatabase);

describe("npm start's first run", () => {
  it("makes a working admin and an all-scopes key once, and nothing on later starts", async () => {
    const first = await withDb(provisionLocalAccess, url.toString());
    expect(first).not.toBeNull();

    await withDb(async (db) => {
      expect(await verifyCredentials(db, first!.email, first!.password)).toMatchObject({ role: "admin" });
      expect((await findApiKey(db, first!.apiKey))?.scopes.sort()).toEqual(["events:write", "read", "tasks:write", "workflows:write"]);
      // Both are on the record, made by the start command.
      expect((await db.select().from(auditLog)).map((row) => [row.action, row.actorName]).sort()).toEqual([
        ["api_key.create", "system:start"],
        ["user.create", "system:start"],
      ]);
    }, url.toString());

    expect(await withDb(provisionLocalAccess, url.toString())).toBeNull();
  });
});
