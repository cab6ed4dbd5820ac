import { e2eEnv } from "../e2e-env";
import { expectApiError } from "../support/api-error";
import { CLIENT_ADDRESS, findAuditEntry, tracedHeaders } from "../support/audit-api";
import { seededAccess } from "../support/e2e-auth";
import { expect, test } from "../support/fixtures";
import { sessionContext } from "../support/identities";
import { envelope, eventsTopic, messagesPath } from "../support/streams-api";
import { uniqueKey } from "../support/unique";

const { baseUrl, topicPrefix } = e2eEnv();
const asUser = (role: "operator" | "admin") => ({ type: "user", name: seededAccess().users[role].email });

/** StreamOps' own topics: a record written there by hand would skip the API's checks. */
const productTopics = ["workflows", "tasks", "dead-letters", "workflow-steps.high"].map((name) => `${topicPrefix}${name}`);

test("every produced message leaves a row with its topic and key", async ({ playwright, request }) => {
  const operator = await sessionContext(playwright, "operator", baseUrl);
  const key = uniqueKey("produce-audit");
  const traced = tracedHeaders();
  const response = await operator.post(messagesPath(), { data: { key, value: envelope(key) }, headers: traced });
  expect(response.status(), await response.text()).toBe(202);
  const landed = (await response.json()) as { partition: number; offset: string };

  expect(await findAuditEntry(request, "stream.produce", traced["x-request-id"])).toMatchObject({
    actor: asUser("operator"),
    outcome: "done",
    clientAddress: CLIENT_ADDRESS,
    target: { type: "topic", id: eventsTopic() },
    details: { key, internal: false, partition: landed.partition, offset: landed.offset },
  });
  await operator.dispose();
});

test("an operator may not produce to StreamOps' own topics, and the refusal is audited", async ({ playwright, request }) => {
  const operator = await sessionContext(playwright, "operator", baseUrl);
  for (const topic of productTopics) {
    const key = uniqueKey("produce-internal");
    const traced = tracedHeaders();
    const response = await operator.post(messagesPath(topic), { data: { key, value: { forged: true } }, headers: traced });
    await expectApiError(response, 403, "forbidden");

    expect(await findAuditEntry(request, "stream.produce", traced["x-request-id"])).toMatchObject({
      actor: asUser("operator"),
      outcome: "refused",
      target: { type: "topic", id: topic },
      details: { key },
    });
  }
  await operator.dispose();
});

test("an admin may, and the record's key is audited", async ({ request }) => {
  const topic = `${topicPrefix}workflows`;
  const key = uniqueKey("produce-internal-admin");
  const traced = tracedHeaders();
  const response = await request.post(messagesPath(topic), { data: { key, value: { forged: true } }, headers: traced });
  expect(response.status(), await response.text()).toBe(202);

  expect(await findAuditEntry(request, "stream.produce", traced["x-request-id"])).toMatchObject({
    actor: asUser("admin"),
    outcome: "done",
    target: { type: "topic", id: topic },
    details: { key, internal: true },
  });
});
