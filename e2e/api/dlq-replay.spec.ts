import { expect, test } from "@playwright/test";
import { expectApiError } from "../support/api-error";
import { createDeadLetter, waitForFailedAgain } from "../support/dead-letters";
import { actionsOf, getDeadLetter, listDeadLetters, postReplay, replayDeadLetter } from "../support/dlq-api";
import { drainKey } from "../support/processing";
import { seededAccess } from "../support/e2e-auth";

test("replays a letter unchanged; failing again brings the same letter back to pending", async ({ request }) => {
  const { key, letter } = await createDeadLetter(request, "dlq-replay");

  const response = await postReplay(request, letter.id);
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toMatchObject({ id: letter.id, status: "replayed", replayCount: 1, attempts: 1 });

  const returned = await waitForFailedAgain(request, letter.id, 1);
  expect(returned).toMatchObject({
    status: "pending",
    errorClass: "DatabaseRejected",
    attempts: 2,
    replayCount: 1,
    firstFailedAt: letter.firstFailedAt,
    value: letter.value,
  });
  expect(returned.history).toEqual([
    expect.objectContaining({ action: "dead_lettered", actor: "worker" }),
    expect.objectContaining({
      action: "replayed",
      actor: seededAccess().users.admin.email,
      requestId: response.headers()["x-request-id"],
      details: { replayCount: 1 },
    }),
    expect.objectContaining({ action: "failed_again", actor: "worker", details: expect.objectContaining({ errorClass: "DatabaseRejected" }) }),
  ]);

  // The worker stores a new row only after returning the old letter, so wait for its batch to end.
  await drainKey(request, key);
  expect((await listDeadLetters(request, { key })).items.map((item) => item.id)).toEqual([letter.id]);
});

test("of two replays at the same moment only one wins while the letter is out, so the record is re-executed once per win", async ({ request }) => {
  const { key, letter } = await createDeadLetter(request, "dlq-race");

  const responses = await Promise.all([postReplay(request, letter.id), postReplay(request, letter.id)]);

  // The second may win only after the worker failed the first replay again and the letter was
  // pending once more (a fast worker does that within milliseconds); never while it was out.
  const statuses = responses.map((response) => response.status());
  expect(statuses.every((status) => status === 200 || status === 409)).toBe(true);
  const wins = statuses.filter((status) => status === 200).length;
  expect(wins).toBeGreaterThanOrEqual(1);
  if (wins === 1) await expectApiError(responses.find((response) => response.status() === 409)!, 409, "conflict");
  await waitForFailedAgain(request, letter.id, wins);
  await drainKey(request, key);
  const settled = await getDeadLetter(request, letter.id);
  expect(actionsOf(settled)).toEqual(["dead_lettered", ...Array.from({ length: wins }, () => ["replayed", "failed_again"]).flat()]);
  expect(settled).toMatchObject({ replayCount: wins, attempts: wins + 1 });
});

/*
 * The worker may fail a replayed record before the replay's transaction commits; it waits for the
 * letter's row lock, so the letter still comes back. Many replays at once make that window likely.
 */
const LETTERS = 20;
const ROUNDS = 5;

test("brings back every replayed letter that fails again, even when many are replayed at once", async ({ request }) => {
  const letters = await Promise.all(Array.from({ length: LETTERS }, () => createDeadLetter(request, "dlq-many")));

  for (let round = 1; round <= ROUNDS; round++) {
    await Promise.all(letters.map(({ letter }) => replayDeadLetter(request, letter.id)));
    await Promise.all(letters.map(({ letter }) => waitForFailedAgain(request, letter.id, round)));
  }
});
