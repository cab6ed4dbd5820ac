import { describe, expect, it } from "vitest";
import type { ApiKeyScope } from "../api-keys/scopes";
import { decideAccess, type Access } from "./access";
import { anonymous, type Principal } from "./principal";
import type { Role } from "./roles";

type Outcome = "ok" | 401 | 403;

const user = (role: Role): Principal => ({ type: "user", id: `user-${role}`, email: `${role}@streamops.test`, role });
const key = (...scopes: ApiKeyScope[]): Principal => ({ type: "api_key", id: `key-${scopes.join("+")}`, name: scopes.join("+"), scopes });

const accesses: Access[] = ["public", "read", "events:write", "workflows:write", "tasks:write", "operate", "admin"];

/**
 * The decisions with ingestion authenticated (INGEST_AUTH=on). Outcome columns follow `accesses`:
 * public, read, events:write, workflows:write, tasks:write, operate, admin.
 */
const table: [name: string, principal: Principal, outcomes: Outcome[]][] = [
  ["anonymous", anonymous, ["ok", 401, 401, 401, 401, 401, 401]],
  ["viewer", user("viewer"), ["ok", "ok", 403, 403, 403, 403, 403]],
  ["operator", user("operator"), ["ok", "ok", "ok", "ok", "ok", "ok", 403]],
  ["admin", user("admin"), ["ok", "ok", "ok", "ok", "ok", "ok", "ok"]],
  ["a read key", key("read"), ["ok", "ok", 403, 403, 403, 403, 403]],
  ["an events:write key", key("events:write"), ["ok", 403, "ok", 403, 403, 403, 403]],
  ["a workflows:write key", key("workflows:write"), ["ok", 403, 403, "ok", 403, 403, 403]],
  ["a tasks:write key", key("tasks:write"), ["ok", 403, 403, 403, "ok", 403, 403]],
  ["a key with every scope", key("events:write", "workflows:write", "tasks:write", "read"), ["ok", "ok", "ok", "ok", "ok", 403, 403]],
];

/** INGEST_AUTH=off opens event ingestion to everyone and leaves every other decision, workflows and tasks included, as it was. */
const withIngestOpen = (outcomes: Outcome[]): Outcome[] =>
  outcomes.map((outcome, column) => (accesses[column] === "events:write" ? "ok" : outcome));

describe.each([false, true])("decideAccess with ingestOpen %s", (ingestOpen) => {
  it.each(table)("decides every access for %s", (_name, principal, outcomes) => {
    const decisions = accesses.map((access) => decideAccess(principal, access, { ingestOpen }));

    expect(decisions.map((decision) => (decision.allowed ? "ok" : decision.status))).toEqual(ingestOpen ? withIngestOpen(outcomes) : outcomes);
    for (const decision of decisions) if (!decision.allowed) expect(decision.reason).not.toBe("");
  });
});
