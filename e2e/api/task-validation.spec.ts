import { expect, test } from "@playwright/test";
import { expectApiError, fieldPaths } from "../support/api-error";
import { postTask } from "../support/tasks-api";

const email = { to: "ops@example.com", subject: "s", text: "t" };

const invalidBodies: { name: string; body: unknown; paths: string[] }[] = [
  { name: "a missing type", body: { data: email }, paths: ["type"] },
  { name: "an unknown type", body: { type: "sms", data: email }, paths: ["type"] },
  { name: "missing data", body: { type: "email" }, paths: ["data"] },
  { name: "an unknown field", body: { type: "email", data: email, priority: "high" }, paths: ["priority"] },
  { name: "maxRetries out of range", body: { type: "email", data: email, maxRetries: 21 }, paths: ["maxRetries"] },
  { name: "a retry multiplier below 1", body: { type: "email", data: email, retry: { multiplier: 0.5 } }, paths: ["retry.multiplier"] },
  { name: "an unknown retry field", body: { type: "email", data: email, retry: { jitter: true } }, paths: ["retry.jitter"] },
  { name: "an email without a subject", body: { type: "email", data: { to: "ops@example.com", text: "t" } }, paths: ["data.subject"] },
  { name: "an email to no address", body: { type: "email", data: { ...email, to: "not an address" } }, paths: ["data.to"] },
  { name: "an email to no one", body: { type: "email", data: { ...email, to: [] } }, paths: ["data.to"] },
  { name: "an email with a sender of its own", body: { type: "email", data: { ...email, from: "ceo@example.com" } }, paths: ["data.from"] },
  { name: "an email to more than 10 recipients", body: { type: "email", data: { ...email, to: Array.from({ length: 11 }, (_, n) => `r${n}@example.com`) } }, paths: ["data.to"] },
  { name: "an email subject of two lines", body: { type: "email", data: { ...email, subject: "Hi\r\nBcc: all@example.com" } }, paths: ["data.subject"] },
  { name: "an email with an unknown field", body: { type: "email", data: { ...email, cc: "x@example.com" } }, paths: ["data.cc"] },
  { name: "an email variable that is an object", body: { type: "email", data: { ...email, variables: { name: { first: "A" } } } }, paths: ["data.variables.name"] },
  { name: "a notification without a url", body: { type: "notification", data: { payload: {} } }, paths: ["data.url"] },
  { name: "a notification to a non-http url", body: { type: "notification", data: { url: "ftp://127.0.0.1/x" } }, paths: ["data.url"] },
  { name: "a notification payload that is an array", body: { type: "notification", data: { url: "http://127.0.0.1/x", payload: [1] } }, paths: ["data.payload"] },
  { name: "a notification timeout below 100 ms", body: { type: "notification", data: { url: "http://127.0.0.1/x", timeoutMs: 5 } }, paths: ["data.timeoutMs"] },
  { name: "a notification to a host outside the allowlist", body: { type: "notification", data: { url: "https://example.com/hook" } }, paths: ["data.url"] },
  { name: "a notification to a port outside HTTP_ALLOWED_PORTS", body: { type: "notification", data: { url: "http://127.0.0.1:22/x" } }, paths: ["data.url"] },
  { name: "a notification URL with credentials in it", body: { type: "notification", data: { url: "http://user:secret@127.0.0.1/x" } }, paths: ["data.url"] },
  { name: "a notification that sets the Host header", body: { type: "notification", data: { url: "http://127.0.0.1/x", headers: { Host: "internal" } } }, paths: ["data.headers.Host"] },
  { name: "a notification header with a line break", body: { type: "notification", data: { url: "http://127.0.0.1/x", headers: { "x-a": "1\r\nx-b: 2" } } }, paths: ["data.headers.x-a"] },
  { name: "an export in an unknown format", body: { type: "export", data: { format: "xml" } }, paths: ["data.format"] },
  { name: "an export filter with an unknown field", body: { type: "export", data: { filter: { source: "x" } } }, paths: ["data.filter.source"] },
  { name: "an export filter with a bad time", body: { type: "export", data: { filter: { from: "yesterday" } } }, paths: ["data.filter.from"] },
  { name: "a body that is an array", body: [{ type: "email", data: email }], paths: ["(body)"] },
];

for (const { name, body, paths } of invalidBodies) {
  test(`rejects ${name} with 400 naming ${paths.join(", ")}`, async ({ request }) => {
    const error = await expectApiError(await postTask(request, body), 400, "validation_failed");
    expect([...new Set(fieldPaths(error))].sort()).toEqual([...paths].sort());
    for (const detail of error.details ?? []) expect(detail.message).not.toBe("");
  });
}

test("names the task types when the type is unknown", async ({ request }) => {
  const error = await expectApiError(await postTask(request, { type: "sms", data: email }), 400, "validation_failed");
  expect(error.details![0]!.message).toContain("email, notification, export");
});
