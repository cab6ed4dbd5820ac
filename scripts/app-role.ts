import { Client } from "pg";

/** A plain role name: it is written into statements as an identifier, and kept simple to read in grants. */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export type AppRoleOutcome = { role: string; granted: boolean };

/**
 * Creates the application's login role if it is missing, sets its password when its URL has one,
 * and (re)grants what the web app and the worker need, as the database owner, at every set-up:
 * reading and writing every table, except that the audit log takes only INSERT and SELECT. The
 * role owns nothing, so it can neither drop nor disable the log's append-only trigger. Tables that
 * later migrations add get the same grants by default. When the application's URL names the owner
 * itself, there is nothing to grant (`granted: false`): the trigger is then the log's only guard.
 * Finally it connects as the application would, so a role it cannot log in as stops set-up, not
 * the web app.
 */
export async function ensureAppRole(ownerUrl: string, appUrl: string): Promise<AppRoleOutcome> {
  const app = new URL(appUrl);
  const role = decodeURIComponent(app.username);
  if (!ROLE_NAME.test(role)) throw new Error(`APP_DATABASE_URL: the role "${role}" must be lower-case letters, digits and _`);
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ owner: string; database: string }>("select current_user as owner, current_database() as database");
    const { owner, database } = rows[0]!;
    if (role === owner) return { role, granted: false };
    const id = client.escapeIdentifier(role);
    // Two set-ups at once (two databases on one server) may both try to create the cluster-wide role.
    await client.query(`do $$ begin create role ${id} login; exception when duplicate_object or unique_violation then null; end $$`);
    await assertUnprivileged(client, role, owner);
    const password = decodeURIComponent(app.password);
    if (password) await client.query(`alter role ${id} login password ${client.escapeLiteral(password)}`);
    await client.query("begin");
    for (const statement of grants(id, client.escapeIdentifier(database))) await client.query(statement);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  await assertConnects(appUrl, role);
  return { role, granted: true };
}

async function assertConnects(appUrl: string, role: string) {
  const client = new Client({ connectionString: appUrl });
  try {
    await client.connect();
    await client.query("select 1 from audit_log limit 0");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the web app and the worker could not connect as ${role} (${reason}); where PostgreSQL asks for a password, set APP_DATABASE_URL with one: set-up gives the role that password`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A role that is a superuser, bypasses row security or acts as the owner would make the grants meaningless. */
async function assertUnprivileged(client: Client, role: string, owner: string) {
  const { rows } = await client.query<{ rolsuper: boolean; rolbypassrls: boolean; canlogin: boolean; actsasowner: boolean }>(
    "select rolsuper, rolbypassrls, rolcanlogin as canlogin, pg_has_role($1, $2, 'USAGE') as actsasowner from pg_roles where rolname = $1",
    [role, owner],
  );
  const found = rows[0];
  if (!found) throw new Error(`the application's role ${role} could not be created`);
  if (found.rolsuper || found.rolbypassrls || found.actsasowner) {
    throw new Error(`the application's role ${role} must not be a superuser, bypass row security or act as the owner ${owner}`);
  }
  if (!found.canlogin) throw new Error(`the application's role ${role} exists but cannot log in (ALTER ROLE ${role} LOGIN)`);
}

function grants(role: string, database: string): string[] {
  return [
    `grant connect on database ${database} to ${role}`,
    `grant usage on schema public to ${role}`,
    `grant select, insert, update, delete on all tables in schema public to ${role}`,
    `grant usage, select, update on all sequences in schema public to ${role}`,
    // Append-only: the trigger refuses UPDATE, DELETE and TRUNCATE to everyone; the privileges refuse them to the application even without it.
    `revoke update, delete, truncate, references, trigger on audit_log from ${role}`,
    `alter default privileges in schema public grant select, insert, update, delete on tables to ${role}`,
    `alter default privileges in schema public grant usage, select, update on sequences to ${role}`,
  ];
}
