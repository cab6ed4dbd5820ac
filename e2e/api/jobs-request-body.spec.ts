import { expect, test } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { expectApiError } from "../support/api-error";
import { postChunked } from "../support/chunked-post";
import { postRaw } from "../support/events-api";
import { BODY_LIMIT_BYTES, jsonOfBytes } from "../support/sized-body";
import { uniqueKey } from "../support/unique";
import { listWorkflows } from "../support/workflows-api";

/** The two job POSTs share the body rules of every POST: JSON only, parsed, and at most 1 MiB. */
const endpoints = [
  {
    url: "/api/workflows",
    body: (padding: string) => ({ name: uniqueKey("wf-body"), steps: ["store"], input: { padding } }),
  },
  {
    url: "/api/tasks",
    body: (padding: string) => ({ type: "email", data: { to: "ops@example.com", subject: "s", text: padding } }),
  },
];

for (const { url, body } of endpoints) {
  test.describe(`POST ${url}`, () => {
    test("rejects a non-JSON content type with 415", async ({ request }) => {
      const response = await postRaw(request, url, JSON.stringify(body("")), "text/plain");
      await expectApiError(response, 415, "unsupported_media_type");
    });

    test("rejects a body that is not JSON with 400 invalid_json", async ({ request }) => {
      const response = await postRaw(request, url, JSON.stringify(body("")).slice(0, -1), "application/json");
      await expectApiError(response, 400, "invalid_json");
    });

    test("refuses 1 MiB + 1 byte with 413 when Content-Length declares it", async ({ request }) => {
      const response = await postRaw(request, url, jsonOfBytes(BODY_LIMIT_BYTES + 1, body), "application/json");
      await expectApiError(response, 413, "payload_too_large");
    });

    test("refuses 1 MiB + 1 byte with 413 when sent chunked without a length", async () => {
      const response = await postChunked(`${e2eEnv().baseUrl}${url}`, Buffer.from(jsonOfBytes(BODY_LIMIT_BYTES + 1, body)));

      expect(response.status).toBe(413);
      expect(JSON.parse(response.text)).toMatchObject({ error: { code: "payload_too_large" } });
    });
  });
}

test("an oversized workflow is not stored", async ({ request }) => {
  const name = uniqueKey("wf-oversized");
  const oversized = jsonOfBytes(BODY_LIMIT_BYTES + 1, (padding) => ({ name, steps: ["store"], input: { padding } }));

  await expectApiError(await postRaw(request, "/api/workflows", oversized, "application/json"), 413, "payload_too_large");

  expect(await listWorkflows(request, { name })).toEqual({ items: [], nextCursor: null });
});
