import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";

/* The audit log as a client sees it, written out rather than imported from lib/ (see events-api.ts). */
export type AuditEntry = {
  id: string;
  at: string;
  actor: { type: "user" | "api_key" | "anonymous" | "system"; id: string | null; name: string };
  action: string;
  outcome: "done" | "refused";
  target: { type: string; id: string } | null;
  requestId: string | null;
  clientAddress: string | null;
  details: Record<string, unknown> | null;
};

/** An address from TEST-NET-3, as a trusted proxy in front of the app would report the caller's. */
export const CLIENT_ADDRESS = "203.0.113.7";

/** Headers that make a request's audit row findable: a request id of the test's own, and a client address. */
export const tracedHeaders = () => ({ "x-request-id": `e2e-audit-${randomUUID()}`, "x-forwarded-for": CLIENT_ADDRESS });

/** The row the request with this id left for `action`; needs an admin's session. */
export async function findAuditEntry(request: APIRequestContext, action: string, requestId: string): Promise<AuditEntry> {
  const response = await request.get("/api/audit", { params: { action, limit: 500 } });
  expect(response.status(), await response.text()).toBe(200);
  const { items } = (await response.json()) as { items: AuditEntry[] };
  const entry = items.find((item) => item.requestId === requestId);
  expect(entry, `an audit row for ${action} with request id ${requestId}`).toBeDefined();
  return entry!;
}

/** Posts with headers of its own (so the row can be found), expects 200, and returns the row left for `action`. */
export async function postAudited(request: APIRequestContext, path: string, action: string, data?: unknown): Promise<AuditEntry> {
  const traced = tracedHeaders();
  const response = await request.post(path, { data, headers: traced });
  expect(response.status(), await response.text()).toBe(200);
  return findAuditEntry(request, action, traced["x-request-id"]);
}
