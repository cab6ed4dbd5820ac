import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabaseUrl } from "../../../lib/env/app-database-url";
import { ensureAppRole } from "../../../scripts/app-role";
import { ensureDatabase, migrateDatabase } from "../../../scripts/database";

/*
 * A database of this test's own, set up as `npm run setup` does: migrated by the owner, then the
 * application's role granted. The web app and the worker connect as that role.
 */
const owner = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/streamops_test");
owner.pathname = `/streamops_app_role_${Date.now()}`;
const ownerUrl = owner.toString();
const appUrl = appDatabaseUrl({ DATABASE_URL: ownerUrl });

async function connected<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const insertAuditRow = (client: Client) =>
  client.query<{ id: string }>(
    "insert into audit_log (actor_type, actor_name, action, outcome, request_id) values ('system', 'system:it', 'user.update', 'done', $1) returning id",
    [randomUUID()],
  );

beforeAll(async () => {
  await ensureDatabase(ownerUrl);
  await migrateDatabase(ownerUrl);
  await ensureAppRole(ownerUrl, appUrl);
});

afterAll(async () => {
  const maintenance = new URL(ownerUrl);
  maintenance.pathname = "/postgres";
  await connected(maintenance.toString(), (client) => client.query(`drop database if exists "${owner.pathname.slice(1)}" with (force)`));
});

describe("the application's database role", () => {
  it("adds to and reads the audit log", async () => {
    await connected(appUrl, async (client) => {
      const { rows } = await insertAuditRow(client);
      const read = await client.query("select action from audit_log where id = $1", [rows[0]!.id]);
      expect(read.rows).toEqual([{ action: "user.update" }]);
    });
  });

  it.each([
    ["UPDATE", "update audit_log set actor_name = 'someone else'", /permission denied/],
    ["DELETE", "delete from audit_log", /permission denied/],
    ["TRUNCATE", "truncate audit_log", /permission denied/],
    ["DROP TRIGGER", "drop trigger audit_log_no_update_or_delete on audit_log", /must be owner/],
    ["DISABLE TRIGGER", "alter table audit_log disable trigger all", /must be owner/],
    ["DROP FUNCTION", "drop function audit_log_is_append_only() cascade", /must be owner/],
    ["GRANT", "grant update on audit_log to public", /permission denied|no privileges were granted/],
  ])("cannot %s on the audit log", async (_what, statement, refusal) => {
    await connected(appUrl, async (client) => {
      await insertAuditRow(client);
      // A GRANT without the grant option only warns; it must leave the role unable to update anyway.
      await client.query(statement).then(
        () => expect(client.query("update audit_log set actor_name = 'someone else'")).rejects.toThrow(/permission denied/),
        (error: Error) => expect(error.message).toMatch(refusal),
      );
    });
    await connected(ownerUrl, async (client) => {
      const { rows } = await client.query<{ count: string }>("select count(*) from pg_trigger where tgrelid = 'audit_log'::regclass and tgenabled <> 'D'");
      expect(Number(rows[0]!.count)).toBe(2);
    });
  });

  it("reads and writes the other tables, listens and notifies", async () => {
    await connected(appUrl, async (client) => {
      const name = `it-${randomUUID()}`;
      await client.query("insert into worker_heartbeats (worker_id, hostname, pid, started_at, last_seen_at) values ($1, 'it', 1, now(), now())", [name]);
      await client.query("update worker_heartbeats set last_seen_at = now() where worker_id = $1", [name]);
      await client.query("delete from worker_heartbeats where worker_id = $1", [name]);
      // A bigserial id: the role uses the table's sequence.
      await client.query("insert into lag_samples (group_id, topic, partition, end_offset, lag, sampled_at) values ($1, 't', 0, 1, 1, now())", [name]);
      const notice = new Promise<string | undefined>((resolve) => client.once("notification", (message) => resolve(message.payload)));
      await client.query("listen it_channel");
      await client.query("select pg_notify('it_channel', $1)", [name]);
      expect(await notice).toBe(name);
    });
  });

  it("gets the same grants on tables later migrations add, re-applied at every set-up", async () => {
    await connected(ownerUrl, (client) => client.query("create table it_later_table (id int primary key)"));
    await ensureAppRole(ownerUrl, appUrl);
    await connected(appUrl, async (client) => {
      await client.query("insert into it_later_table values (1)");
      await expect(client.query("drop table it_later_table")).rejects.toThrow(/must be owner/);
      await expect(client.query("truncate audit_log")).rejects.toThrow(/permission denied/);
    });
  });

  it("cannot change the schema: migrations run as the owner", async () => {
    await connected(appUrl, async (client) => {
      await expect(client.query("create table it_app_table (id int)")).rejects.toThrow(/permission denied/);
    });
    await expect(migrateDatabase(ownerUrl)).resolves.toBeUndefined();
  });

  it("stops set-up when the application could not connect as it, or when it is no plain role", async () => {
    const elsewhere = new URL(appUrl);
    elsewhere.pathname = `/streamops_missing_${Date.now()}`;
    await expect(ensureAppRole(ownerUrl, elsewhere.toString())).rejects.toThrow(/could not connect as streamops_app/);
    const oddName = new URL(appUrl);
    oddName.username = "App-Role";
    await expect(ensureAppRole(ownerUrl, oddName.toString())).rejects.toThrow(/APP_DATABASE_URL/);
  });

  it("grants nothing when the application is configured to connect as the owner", async () => {
    await expect(ensureAppRole(ownerUrl, ownerUrl)).resolves.toMatchObject({ granted: false });
  });
});
