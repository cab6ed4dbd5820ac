import { expect, test } from "@playwright/test";
import { expectApiError, fieldPaths } from "../support/api-error";
import { createDeadLetter } from "../support/dead-letters";
import { actionsOf, getDeadLetter, postReplay, replayDeadLetter } from "../support/dlq-api";
import { postRaw } from "../support/events-api";
import { drainKey, waitForProcessed } from "../support/processing";

test("replays a mended payload under the original eventId; the letter stays replayed", async ({ request }) => {
  const { key, event, letter } = await createDeadLetter(request, "dlq-edit-payload");
  const edit = { payload: { text: "fixed" } };

  expect(await replayDeadLetter(request, letter.id, edit)).toMatchObject({ status: "replayed", replayCount: 1 });

  expect(await waitForProcessed(request, event.eventId)).toMatchObject({ eventId: event.eventId, key, payload: edit.payload });
  await drainKey(request, key);
  const replayed = await getDeadLetter(request, letter.id);
  expect(replayed.status).toBe("replayed");
  expect(actionsOf(replayed)).toEqual(["dead_lettered", "replayed"]);
  expect(replayed.history[1]!.details).toEqual({ replayCount: 1, edit });

  await expectApiError(await postReplay(request, letter.id), 409, "conflict");
});

test("replays a whole new value in place of the record", async ({ request }) => {
  const { key, event, letter } = await createDeadLetter(request, "dlq-edit-value");
  const value = { ...(letter.json as Record<string, unknown>), payload: { text: "mended" } };

  await replayDeadLetter(request, letter.id, { value });

  expect(await waitForProcessed(request, event.eventId)).toMatchObject({ eventId: event.eventId, key, payload: value.payload });
  expect((await getDeadLetter(request, letter.id)).history[1]!.details).toEqual({ replayCount: 1, edit: { value } });
});

const malformedEdits: { body: unknown; path: string }[] = [
  { body: { payload: { text: "fixed" }, value: { text: "fixed" } }, path: "value" },
  { body: { payload: { text: "fixed" }, reason: "typo" }, path: "reason" },
  { body: { payload: "fixed" }, path: "payload" },
];

test("refuses a malformed edit with 400 and leaves the letter pending", async ({ request }) => {
  const { letter } = await createDeadLetter(request, "dlq-edit-invalid");

  for (const { body, path } of malformedEdits) {
    const error = await expectApiError(await postReplay(request, letter.id, body), 400, "validation_failed");
    expect(fieldPaths(error), JSON.stringify(body)).toEqual([path]);
  }
  const notJson = await postRaw(request, `/api/dlq/${letter.id}/replay`, '{"payload": {', "application/json");
  await expectApiError(notJson, 400, "invalid_json");

  const untouched = await getDeadLetter(request, letter.id);
  expect(untouched).toMatchObject({ status: "pending", replayCount: 0 });
  expect(actionsOf(untouched)).toEqual(["dead_lettered"]);
});
