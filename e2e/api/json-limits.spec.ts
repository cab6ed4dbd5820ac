import { expectApiError } from "../support/api-error";
import { postRaw } from "../support/events-api";
import { expect, test } from "../support/fixtures";
import { uniqueKey } from "../support/unique";

const nestedPayload = (depth: number) => `{"eventType":"e2e.deep","payload":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`;

test("a payload nested 20,000 levels deep is a 400 json_too_deep, not a stack overflow", async ({ request }) => {
  await expectApiError(await postRaw(request, "/api/events", nestedPayload(20_000), "application/json"), 400, "json_too_deep");
  expect((await postRaw(request, "/api/events", nestedPayload(60), "application/json")).status()).toBe(202);
});

test("more than 100,000 members is a 400 json_too_many_members", async ({ request }) => {
  const body = `{"eventType":"e2e.wide","payload":{"list":[${Array(100_001).fill(0).join(",")}]}}`;
  await expectApiError(await postRaw(request, "/api/events", body, "application/json"), 400, "json_too_many_members");
});

test("a number past the double range is a 400 naming its field", async ({ request }) => {
  const error = await expectApiError(
    await postRaw(request, "/api/events", '{"eventType":"e2e.huge","payload":{"n":[1,1e999]}}', "application/json"),
    400,
    "validation_failed",
  );
  expect(error.details).toEqual([{ path: "payload.n.1", message: "must be a finite number" }]);
});

test("text PostgreSQL cannot store is a 400 naming its field where the body is stored", async ({ request }) => {
  const name = uniqueKey("unstorable");
  for (const [text, message] of [
    ["\\ud800", "must be well-formed Unicode (it holds an unpaired surrogate)"],
    ["a\\u0000b", "must not contain a NUL character"],
  ]) {
    const body = `{"name":"${name}","steps":["store"],"input":{"note":"${text}"}}`;
    const error = await expectApiError(await postRaw(request, "/api/workflows", body, "application/json"), 400, "validation_failed");
    expect(error.details).toEqual([{ path: "input.note", message }]);
  }
});

test("a malformed JSON body to next-auth is a 400, not a 500", async ({ request }) => {
  const response = await postRaw(request, "/api/auth/callback/credentials", '{"email":', "application/json");
  await expectApiError(response, 400, "invalid_json");
});
