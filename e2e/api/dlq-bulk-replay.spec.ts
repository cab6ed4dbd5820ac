import { expect, test } from "@playwright/test";
import { expectApiError, fieldPaths } from "../support/api-error";
import { createDeadLetter, createDeadLetters, waitForListed } from "../support/dead-letters";
import { bulkReplay, discardDeadLetter, getDeadLetter, postBulkReplay } from "../support/dlq-api";

test("bulk-replays letters by ids, then by filter; each comes back pending once more", async ({ request }) => {
  const { key, letters } = await createDeadLetters(request, "dlq-bulk", 3);
  const ids = letters.map((letter) => letter.id);

  expect(await bulkReplay(request, { ids })).toEqual({ replayed: 3 });
  const once = await waitForListed(request, { key, status: "pending" }, 3);
  expect(once.map((letter) => letter.replayCount)).toEqual([1, 1, 1]);
  expect((await getDeadLetter(request, ids[0]!)).history[1]).toMatchObject({
    action: "replayed",
    details: { replayCount: 1, bulk: true },
  });

  expect(await bulkReplay(request, { filter: { key } })).toEqual({ replayed: 3 });
  const twice = await waitForListed(request, { key, status: "pending" }, 3);
  expect(twice.map((letter) => letter.replayCount)).toEqual([2, 2, 2]);
});

test("bulk replay leaves alone what is not pending, and ids it does not know", async ({ request }) => {
  const { letter } = await createDeadLetter(request, "dlq-bulk-discarded");
  await discardDeadLetter(request, letter.id);

  expect(await bulkReplay(request, { ids: [letter.id] })).toEqual({ replayed: 0 });
  expect(await bulkReplay(request, { ids: [crypto.randomUUID()] })).toEqual({ replayed: 0 });
  expect((await getDeadLetter(request, letter.id)).status).toBe("discarded");
});

const invalidSelections: { name: string; body: unknown; path: string }[] = [
  { name: "neither ids nor a filter", body: {}, path: "(body)" },
  { name: "ids that are not uuids", body: { ids: ["not-a-uuid"] }, path: "ids.0" },
  { name: "an empty id list", body: { ids: [] }, path: "ids" },
  { name: "an unknown filter field", body: { filter: { status: "pending" } }, path: "filter.status" },
  { name: "an empty filter, which would replay every pending letter", body: { filter: {} }, path: "filter" },
];

for (const { name, body, path } of invalidSelections) {
  test(`refuses a bulk replay of ${name} with 400 naming ${path}`, async ({ request }) => {
    const error = await expectApiError(await postBulkReplay(request, body), 400, "validation_failed");
    expect(fieldPaths(error)).toEqual([path]);
  });
}
