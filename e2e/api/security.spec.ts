import { e2eEnv } from "../e2e-env";
import { expect, test } from "../support/access-fixtures";
import { expectApiError } from "../support/api-error";

/** The streams page prefetches the topic list into its HTML: data no anonymous visitor may see. */
const PAGE_DATA = `${e2eEnv().topicPrefix}events`;

/** The header Next.js once trusted to skip middleware (CVE-2025-29927), as an attacker would forge it. */
const FORGED_SUBREQUESTS = ["middleware:middleware:middleware:middleware:middleware", "proxy:proxy:proxy:proxy:proxy"];

test("the streams page shows its data to someone signed in", async ({ request }) => {
  expect(await (await request.get("/streams")).text()).toContain(PAGE_DATA);
});

test("a forged x-middleware-subrequest header neither skips the sign-in redirect nor opens the API", async ({ anonymous }) => {
  for (const forged of FORGED_SUBREQUESTS) {
    const headers = { "x-middleware-subrequest": forged };

    const page = await anonymous.get("/streams", { headers, maxRedirects: 0 });
    expect(page.status(), forged).toBe(307);
    expect(page.headers().location).toBe("/login?callbackUrl=%2Fstreams");
    expect(await page.text()).not.toContain(PAGE_DATA);

    await expectApiError(await anonymous.get("/api/streams", { headers }), 401, "unauthorized");
  }
});

test("a session cookie that merely exists gets past the proxy, but the page itself sends the visitor to sign in", async ({ anonymous }) => {
  const page = await anonymous.get("/streams", { headers: { cookie: "next-auth.session-token=forged" }, maxRedirects: 0 });

  const body = await page.text();
  expect(body).not.toContain(PAGE_DATA);
  // Next.js redirects with a 307 before it streams, and with a refresh tag once it has begun.
  if (page.status() === 307) expect(page.headers().location).toMatch(/^\/login\b/);
  else expect(body).toContain('http-equiv="refresh" content="1;url=/login"');
});

test("an anonymous visitor is sent to sign in, and back to the page afterwards", async ({ anonymous }) => {
  const page = await anonymous.get("/dlq", { maxRedirects: 0 });

  expect(page.status()).toBe(307);
  expect(page.headers().location).toBe("/login?callbackUrl=%2Fdlq");
});

test("pages carry a content security policy with a fresh script nonce, and refuse framing and sniffing", async ({ request, anonymous }) => {
  const nonces = [];
  for (const page of [await request.get("/dlq"), await request.get("/dlq"), await anonymous.get("/login")]) {
    expect(page.status()).toBe(200);
    const headers = page.headers();
    const policy = headers["content-security-policy"] ?? "";
    const nonce = /script-src 'self' 'nonce-([\w+/=]+)'/.exec(policy)?.[1];
    expect(nonce, policy).toBeDefined();
    // With 'strict-dynamic' a script runs only if it carries the nonce: every one of the page's must.
    const scripts = (await page.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    nonces.push(nonce);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
});

test("API responses, answers and refusals alike, may load and run nothing", async ({ request, anonymous }) => {
  for (const response of [await request.get("/api/events?limit=1"), await anonymous.get("/api/events?limit=1")]) {
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  }
});

/** A line of a stack trace (`at fn (/path/file.js:1:2)`), the server's directory, or its dependencies. */
const INTERNALS = [/\bat .*:\d+:\d+/, new RegExp(process.cwd().replaceAll("/", "\\/")), /node_modules/, /\.next\/server/];

const expectNothingInternal = (text: string) => {
  for (const pattern of INTERNALS) expect(text).not.toMatch(pattern);
};

test("a malformed body is a 400 that says what is wrong, without a stack trace", async ({ request }) => {
  for (const url of ["/api/events", "/events/generate"]) {
    const response = await request.post(url, { data: Buffer.from('{"eventType": '), headers: { "content-type": "application/json" } });

    expect(response.status()).toBe(400);
    const text = await response.text();
    expect(text).toContain("Body is not valid JSON");
    expectNothingInternal(text);
  }
});

test("a NUL byte in a query or path value is a 400 naming the field, never a database error", async ({ request }) => {
  const response = await request.get("/api/events", { params: { key: "a\u0000b" } });
  const error = await expectApiError(response, 400, "validation_failed");
  expect(error.details).toEqual([{ path: "key", message: "must not contain a NUL character" }]);
  expectNothingInternal(await response.text());

  await expectApiError(await request.get("/api/consumers/%00/lag"), 400, "validation_failed");
});

test("an unknown API path is a 404 without internals", async ({ request }) => {
  const response = await request.get("/api/no-such-route");

  expect(response.status()).toBe(404);
  expectNothingInternal(await response.text());
});
