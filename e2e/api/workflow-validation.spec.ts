import { expect, test } from "@playwright/test";
import { expectApiError, fieldPaths } from "../support/api-error";
import { uniqueKey } from "../support/unique";
import { KNOWN_STEPS, listWorkflows, postWorkflow } from "../support/workflows-api";

const valid = { name: "e2e.wf.invalid", steps: ["store"] };

const invalidBodies: { name: string; body: unknown; paths: string[] }[] = [
  { name: "a missing name", body: { steps: ["store"] }, paths: ["name"] },
  { name: "a blank name", body: { ...valid, name: "   " }, paths: ["name"] },
  { name: "missing steps", body: { name: valid.name }, paths: ["steps"] },
  { name: "no steps", body: { ...valid, steps: [] }, paths: ["steps"] },
  { name: "a step that is a number", body: { ...valid, steps: [7] }, paths: ["steps.0"] },
  { name: "an unknown field", body: { ...valid, owner: "ops" }, paths: ["owner"] },
  { name: "an unknown priority", body: { ...valid, priority: "urgent" }, paths: ["priority"] },
  { name: "an input that is an array", body: { ...valid, input: [1] }, paths: ["input"] },
  { name: "a retry policy out of range", body: { ...valid, retry: { maxRetries: 21 } }, paths: ["retry.maxRetries"] },
  { name: "an unknown retry field", body: { ...valid, retry: { jitter: true } }, paths: ["retry.jitter"] },
  { name: "metadata that is not text", body: { ...valid, metadata: { team: 7 } }, paths: ["metadata.team"] },
  { name: "an unknown step option", body: { ...valid, steps: ["validate", { type: "delay", seconds: 5 }] }, paths: ["steps.1.seconds"] },
  { name: "a delay that is not a whole number", body: { ...valid, steps: ["validate", { type: "delay", ms: 1.5 }] }, paths: ["steps.1.ms"] },
  { name: "a negative delay", body: { ...valid, steps: ["validate", { type: "delay", ms: -1 }] }, paths: ["steps.1.ms"] },
  { name: "an http step without a url", body: { ...valid, steps: [{ type: "http" }] }, paths: ["steps.0.url"] },
  { name: "an http step with an ftp url", body: { ...valid, steps: [{ type: "http", url: "ftp://127.0.0.1/x" }] }, paths: ["steps.0.url"] },
  { name: "an http step with an unknown method", body: { ...valid, steps: [{ type: "http", url: "http://127.0.0.1/x", method: "TRACE" }] }, paths: ["steps.0.method"] },
  { name: "a transform source that is not a path", body: { ...valid, steps: [{ type: "transform", map: { out: "a b" } }] }, paths: ["steps.0.map.out"] },
  { name: "a store key that is empty", body: { ...valid, steps: ["store", { type: "store", key: "" }] }, paths: ["steps.1.key"] },
  { name: "an emit event type with spaces", body: { ...valid, steps: [{ type: "emit", eventType: "order placed" }] }, paths: ["steps.0.eventType"] },
  { name: "a body that is an array", body: [valid], paths: ["(body)"] },
];

for (const { name, body, paths } of invalidBodies) {
  test(`rejects ${name} with 400 naming ${paths.join(", ")}`, async ({ request }) => {
    const error = await expectApiError(await postWorkflow(request, body), 400, "validation_failed");
    expect([...new Set(fieldPaths(error))].sort()).toEqual([...paths].sort());
    for (const detail of error.details ?? []) expect(detail.message).not.toBe("");
  });
}

test("rejects an unknown step name at its index, listing the known steps", async ({ request }) => {
  const error = await expectApiError(await postWorkflow(request, { ...valid, steps: ["validate", "teleport"] }), 400, "validation_failed");

  expect(error.details).toHaveLength(1);
  expect(error.details![0]!.path).toBe("steps.1");
  expect(error.details![0]!.message).toContain('"teleport"');
  for (const step of KNOWN_STEPS) expect(error.details![0]!.message).toContain(step);
});

test("rejects an unknown step type given as an object at steps.N.type, listing the known steps", async ({ request }) => {
  const error = await expectApiError(await postWorkflow(request, { ...valid, steps: [{ type: "teleport", to: "mars" }] }), 400, "validation_failed");

  expect(fieldPaths(error)).toEqual(["steps.0.type"]);
  expect(error.details![0]!.message).toContain(KNOWN_STEPS.join(", "));
});

test("rejects a validate step whose schema is not a JSON Schema", async ({ request }) => {
  const error = await expectApiError(
    await postWorkflow(request, { ...valid, steps: [{ type: "validate", schema: { type: "no-such-type" } }] }),
    400,
    "validation_failed",
  );
  expect(fieldPaths(error)).toEqual(["steps.0.schema"]);
});

test("rejects an http step to a host outside HTTP_ALLOWED_HOSTS at steps.N.url, and stores nothing", async ({ request }) => {
  const name = uniqueKey("wf-disallowed-host");
  const steps = ["validate", { type: "http", url: "http://127.0.0.1:8080/ok" }, { type: "http", url: "https://example.com/hook" }];

  const error = await expectApiError(await postWorkflow(request, { name, steps }), 400, "validation_failed");

  expect(fieldPaths(error)).toEqual(["steps.2.url"]);
  expect(error.details![0]!.message).toContain("HTTP_ALLOWED_HOSTS");
  expect((await listWorkflows(request, { name })).items).toEqual([]);
});

test("rejects an http step to a port outside HTTP_ALLOWED_PORTS at steps.N.url", async ({ request }) => {
  const name = uniqueKey("wf-disallowed-port");
  const steps = [{ type: "http", url: "http://127.0.0.1:25/" }];

  const error = await expectApiError(await postWorkflow(request, { name, steps }), 400, "validation_failed");

  expect(error.details).toEqual([{ path: "steps.0.url", message: "port 25 is not in HTTP_ALLOWED_PORTS" }]);
  expect((await listWorkflows(request, { name })).items).toEqual([]);
});
