import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { Access } from "../../lib/auth/access";
import { e2eEnv } from "../e2e-env";
import { identityNames, openIdentities, type Identity, type IdentityName } from "../support/identities";
import { answerOf, streamAnswer, type RouteAnswer } from "../support/route-answer";
import { declaredRouteMethods } from "../support/route-files";

type RouteCase = {
  /** The route file's folder under app/, and the method it exports. */
  route: string;
  method: "GET" | "POST" | "PATCH";
  path: string;
  access: Access;
  /** What the handler answers the harmless input below once it lets a caller in; unset where it varies. */
  handled?: number;
  body?: unknown;
  /** Server-Sent Events: a response that never ends. */
  stream?: true;
};

// Unknown ids and names, and bodies that fail validation: a caller let in changes and publishes nothing.
const id = randomUUID();
const name = `e2e-authz-${id}`;
const invalid = {};

const routes: RouteCase[] = [
  { route: "api/api-keys", method: "GET", path: "/api/api-keys", access: "admin", handled: 200 },
  { route: "api/api-keys", method: "POST", path: "/api/api-keys", access: "admin", body: invalid, handled: 400 },
  { route: "api/api-keys/[id]/revoke", method: "POST", path: `/api/api-keys/${id}/revoke`, access: "admin", handled: 404 },
  { route: "api/audit", method: "GET", path: "/api/audit?limit=1", access: "admin", handled: 200 },
  { route: "api/consumers", method: "GET", path: "/api/consumers", access: "read", handled: 200 },
  { route: "api/consumers/[group]/lag", method: "GET", path: `/api/consumers/${name}/lag?minutes=1`, access: "read", handled: 200 },
  { route: "api/dlq", method: "GET", path: "/api/dlq?limit=1", access: "read", handled: 200 },
  { route: "api/dlq/[id]", method: "GET", path: `/api/dlq/${id}`, access: "read", handled: 404 },
  { route: "api/dlq/[id]/discard", method: "POST", path: `/api/dlq/${id}/discard`, access: "operate", handled: 404 },
  { route: "api/dlq/[id]/replay", method: "POST", path: `/api/dlq/${id}/replay`, access: "operate", handled: 404 },
  { route: "api/dlq/replay", method: "POST", path: "/api/dlq/replay", access: "operate", body: invalid, handled: 400 },
  { route: "api/events", method: "GET", path: "/api/events?limit=1", access: "read", handled: 200 },
  { route: "api/events", method: "POST", path: "/api/events", access: "events:write", body: invalid, handled: 400 },
  { route: "api/events/[id]", method: "GET", path: `/api/events/${id}`, access: "read", handled: 404 },
  { route: "api/events/batch", method: "POST", path: "/api/events/batch", access: "events:write", body: invalid, handled: 400 },
  { route: "api/events/export", method: "GET", path: `/api/events/export?key=${name}`, access: "read", handled: 200 },
  // 200 or 503, by the worker's heartbeat.
  { route: "api/health", method: "GET", path: "/api/health", access: "public" },
  { route: "api/live", method: "GET", path: "/api/live", access: "read", handled: 200, stream: true },
  { route: "api/metrics", method: "GET", path: "/api/metrics?minutes=2", access: "read", handled: 200 },
  { route: "api/ping", method: "GET", path: "/api/ping", access: "public", handled: 200 },
  { route: "api/streams", method: "GET", path: "/api/streams", access: "read", handled: 200 },
  // Unknown topics, asked by ten callers at once: a 404 must not disturb the Kafka reads beside it.
  { route: "api/streams/[topic]", method: "GET", path: `/api/streams/${name}`, access: "read", handled: 404 },
  { route: "api/streams/[topic]/messages", method: "GET", path: `/api/streams/${name}/messages`, access: "read", handled: 404 },
  { route: "api/streams/[topic]/messages", method: "POST", path: `/api/streams/${name}/messages`, access: "operate", body: invalid, handled: 400 },
  { route: "api/tasks", method: "GET", path: "/api/tasks?limit=1", access: "read", handled: 200 },
  { route: "api/tasks", method: "POST", path: "/api/tasks", access: "tasks:write", body: invalid, handled: 400 },
  { route: "api/tasks/[id]", method: "GET", path: `/api/tasks/${id}`, access: "read", handled: 404 },
  { route: "api/tasks/[id]/download", method: "GET", path: `/api/tasks/${id}/download`, access: "read", handled: 404 },
  { route: "api/users", method: "GET", path: "/api/users", access: "admin", handled: 200 },
  { route: "api/users", method: "POST", path: "/api/users", access: "admin", body: invalid, handled: 400 },
  { route: "api/users/[id]", method: "PATCH", path: `/api/users/${id}`, access: "admin", body: invalid, handled: 400 },
  { route: "api/workflows", method: "GET", path: "/api/workflows?limit=1", access: "read", handled: 200 },
  { route: "api/workflows", method: "POST", path: "/api/workflows", access: "workflows:write", body: invalid, handled: 400 },
  { route: "api/workflows/[id]", method: "GET", path: `/api/workflows/${id}`, access: "read", handled: 404 },
  { route: "api/workflows/[id]/cancel", method: "POST", path: `/api/workflows/${id}/cancel`, access: "operate", handled: 404 },
  { route: "api/workflows/[id]/retry", method: "POST", path: `/api/workflows/${id}/retry`, access: "operate", handled: 404 },
  { route: "events/generate", method: "POST", path: "/events/generate", access: "events:write", body: invalid, handled: 400 },
  { route: "events/processed", method: "GET", path: "/events/processed", access: "read", handled: 200 },
  // 200 or 503, by the worker's heartbeat.
  { route: "health", method: "GET", path: "/health", access: "public" },
];

/** next-auth's own endpoints (sign-in, CSRF token, session) are not behind the route wrapper. */
const isNextAuthOwn = (routeMethod: string) => routeMethod.startsWith("api/auth/");

/** Who each access lets in; everyone else is refused. */
const allowedBy: Record<Access, readonly IdentityName[]> = {
  public: identityNames,
  read: ["viewer", "operator", "admin", "key:read", "key:all"],
  "events:write": ["operator", "admin", "key:events:write", "key:all"],
  "workflows:write": ["operator", "admin", "key:workflows:write", "key:all"],
  "tasks:write": ["operator", "admin", "key:tasks:write", "key:all"],
  operate: ["operator", "admin"],
  admin: ["admin"],
};

/** Nobody, or a key that names nobody, is not authenticated (401); anyone else lacks the role or scope (403). */
const refusalOf = (identity: IdentityName) => (identity === "anonymous" || identity === "key:revoked" ? 401 : 403);

const LET_IN = "let in";

function expectedOutcome(route: RouteCase, identity: IdentityName): number | typeof LET_IN {
  if (!allowedBy[route.access].includes(identity)) return refusalOf(identity);
  return route.handled ?? LET_IN;
}

/** The status, except that a status the route does not pin down only counts as "not refused". */
function seenOutcome(route: RouteCase, identity: IdentityName, { status }: RouteAnswer): number | typeof LET_IN {
  if (status === 401 || status === 403 || expectedOutcome(route, identity) !== LET_IN) return status;
  return LET_IN;
}

const send = async (identity: Identity, route: RouteCase): Promise<RouteAnswer> =>
  route.stream
    ? streamAnswer(new URL(route.path, e2eEnv().baseUrl).href, identity.headers)
    : answerOf(await identity.request.fetch(route.path, { method: route.method, data: route.body }));

let identities: Identity[];

test.beforeAll(async ({ playwright }) => {
  identities = await openIdentities(playwright, e2eEnv().baseUrl);
});

test.afterAll(async () => {
  await Promise.all(identities.map((identity) => identity.request.dispose()));
});

test("the matrix lists every route file and method under app/, and nothing else", () => {
  const listed = routes.map((route) => `${route.route} ${route.method}`).sort();
  expect(listed).toEqual(declaredRouteMethods().filter((routeMethod) => !isNextAuthOwn(routeMethod)));
});

for (const route of routes) {
  test(`${route.method} ${route.route} (${route.access})`, async () => {
    const answers = await Promise.all(identities.map((identity) => send(identity, route)));

    const seen = Object.fromEntries(identities.map((identity, at) => [identity.name, seenOutcome(route, identity.name, answers[at]!)]));
    const expected = Object.fromEntries(identities.map((identity) => [identity.name, expectedOutcome(route, identity.name)]));
    expect(seen).toEqual(expected);

    for (const answer of answers.filter(({ status }) => status === 401 || status === 403)) {
      expect(answer.body).toEqual({
        error: { code: answer.status === 401 ? "unauthorized" : "forbidden", message: expect.any(String), requestId: answer.requestId },
      });
    }
  });
}

