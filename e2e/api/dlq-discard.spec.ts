import { expect, test } from "@playwright/test";
import { expectApiError } from "../support/api-error";
import { createDeadLetter } from "../support/dead-letters";
import { getDeadLetter, listDeadLetters, postDiscard, postReplay } from "../support/dlq-api";
import { seededAccess } from "../support/e2e-auth";

test("discards a pending letter for good: it can be neither discarded again nor replayed", async ({ request }) => {
  const { key, letter } = await createDeadLetter(request, "dlq-discard");

  const response = await postDiscard(request, letter.id);
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toMatchObject({ id: letter.id, status: "discarded", replayCount: 0 });

  const discarded = await getDeadLetter(request, letter.id);
  expect(discarded.history.at(-1)).toMatchObject({
    action: "discarded",
    actor: seededAccess().users.admin.email,
    requestId: response.headers()["x-request-id"],
  });
  expect((await listDeadLetters(request, { key, status: "discarded" })).items.map((item) => item.id)).toEqual([letter.id]);

  await expectApiError(await postDiscard(request, letter.id), 409, "conflict");
  await expectApiError(await postReplay(request, letter.id), 409, "conflict");
  expect(await getDeadLetter(request, letter.id)).toEqual(discarded);
});
