import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import { e2eEnv } from "../e2e-env";
import { POISON_PAYLOAD, waitForListed } from "../support/dead-letters";
import { getDeadLetter, replayDeadLetter } from "../support/dlq-api";
import { seededAccess } from "../support/e2e-auth";
import { acceptEvent } from "../support/events-api";
import { expect, test } from "../support/fixtures";
import { keyContext, sessionContext } from "../support/identities";
import { waitForProcessed } from "../support/processing";
import { messagesPath } from "../support/streams-api";
import { createTask, waitForTaskStatus } from "../support/tasks-api";
import { uniqueKey } from "../support/unique";
import { runWorkflow } from "../support/workflows-api";

/*
 * Secrets written into step options and task data are used by the worker and shown to nobody: not
 * to viewers, not to read keys, not in the message browser, not in the dead-letter queue.
 */

const { baseUrl, topicPrefix } = e2eEnv();
const MASK = "••••••";

/** A viewer's session and a `read` key: the two ways to read without changing anything. */
async function readers(playwright: PlaywrightWorkerArgs["playwright"]) {
  return [await sessionContext(playwright, "viewer", baseUrl), await keyContext(playwright, seededAccess().keys.read, baseUrl)];
}

/** GETs the path and checks that the body answers 200 and never contains any of the secrets. */
async function expectHidden(reader: APIRequestContext, path: string, secrets: string[], params?: Record<string, string>) {
  const response = await reader.get(path, { params });
  const body = await response.text();
  expect(response.status(), body).toBe(200);
  for (const secret of secrets) expect(body, `${path} shows a secret`).not.toContain(secret);
  return JSON.parse(body) as unknown;
}

test("an http step's Authorization header is sent, and shown to nobody", async ({ playwright, request, receiver }) => {
  const token = `Bearer ${uniqueKey("step-token")}`;
  const apiKey = uniqueKey("step-api-key");
  const workflow = await runWorkflow(request, {
    name: uniqueKey("wf-secret"),
    steps: [{ type: "http", url: `${receiver.url}/hook`, headers: { Authorization: token, "X-Api-Key": apiKey, "X-Trace": "visible" } }, "store"],
  });
  expect(receiver.received[0]!.headers).toMatchObject({ authorization: token, "x-api-key": apiKey, "x-trace": "visible" });

  const others = await readers(playwright);
  for (const reader of [request, ...others]) {
    const shown = (await expectHidden(reader, `/api/workflows/${workflow.workflowId}`, [token, apiKey])) as { steps: { options: unknown }[] };
    expect(shown.steps[0]!.options).toMatchObject({ headers: { Authorization: MASK, "X-Api-Key": MASK, "X-Trace": "visible" } });
    // The message browser of StreamOps' own topic holds the workflow.created record, with the step's options.
    const page = (await expectHidden(reader, messagesPath(`${topicPrefix}workflows`), [token, apiKey], { key: workflow.workflowId })) as {
      items: unknown[];
    };
    expect(page.items.length).toBeGreaterThan(0);
    // Nor can a search guess it.
    const guessed = (await expectHidden(reader, messagesPath(`${topicPrefix}workflows`), [token], { key: workflow.workflowId, contains: token })) as {
      items: unknown[];
    };
    expect(guessed.items).toEqual([]);
  }
  // The page prefetches the same view into its HTML.
  const html = await others[0]!.get(`/workflows/${workflow.workflowId}`);
  expect(html.status()).toBe(200);
  expect(await html.text()).not.toContain(token);
  for (const reader of others) await reader.dispose();
});

test("a notification's webhook headers are sent, and shown nowhere, its dead letter included", async ({ playwright, request, receiver }) => {
  receiver.answer({ status: 404, body: { error: "no such hook" } });
  const secret = uniqueKey("hook-secret");
  const { taskId } = await createTask(request, {
    type: "notification",
    retry: { maxRetries: 0 },
    // The token in the URL comes back in the task's error, which names the URL it called.
    data: { url: `${receiver.url}/hook?token=${secret}`, headers: { "X-Webhook-Secret": secret, Cookie: `sid=${secret}` }, payload: { n: 1 } },
  });
  await waitForTaskStatus(request, taskId, "failed");
  expect(receiver.received[0]!.headers).toMatchObject({ "x-webhook-secret": secret, cookie: `sid=${secret}` });
  const [letter] = await waitForListed(request, { key: taskId }, 1);

  const others = await readers(playwright);
  for (const reader of [request, ...others]) {
    const task = (await expectHidden(reader, `/api/tasks/${taskId}`, [secret])) as { data: unknown; error: string };
    expect(task.error).toContain("answered 404");
    expect(task.data).toMatchObject({ headers: { "X-Webhook-Secret": MASK, Cookie: MASK } });
    await expectHidden(reader, "/api/tasks", [secret], { type: "notification", limit: "100" });
    await expectHidden(reader, messagesPath(`${topicPrefix}tasks`), [secret], { key: taskId });
    await expectHidden(reader, `/api/dlq/${letter!.id}`, [secret]);
    await expectHidden(reader, "/api/dlq", [secret], { key: taskId });
  }
  const html = await others[0]!.get(`/tasks/${taskId}`);
  expect(html.status()).toBe(200);
  expect(await html.text()).not.toContain(secret);
  for (const reader of others) await reader.dispose();
});

test("replaying a dead letter edited from its masked view sends the real secret, not the mask", async ({ request }) => {
  const key = uniqueKey("dlq-secret");
  const apiToken = uniqueKey("event-token");
  const event = await acceptEvent(request, { eventType: "e2e.dlq.poison", key, payload: { ...POISON_PAYLOAD, apiToken } });
  const [listed] = await waitForListed(request, { key }, 1);
  const letter = await getDeadLetter(request, listed!.id);
  const shown = letter.json as { payload: Record<string, unknown> };
  expect(shown.payload.apiToken).toBe(MASK);
  expect(JSON.stringify(letter)).not.toContain(apiToken);

  await replayDeadLetter(request, letter.id, { payload: { ...shown.payload, text: "fixed" } });

  expect((await waitForProcessed(request, event.eventId)).payload).toEqual({ text: "fixed", apiToken });
  expect(JSON.stringify(await getDeadLetter(request, letter.id))).not.toContain(apiToken);
});
