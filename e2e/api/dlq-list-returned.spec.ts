import { expect, test } from "@playwright/test";
import { createDeadLetter, createDeadLetters, waitForFailedAgain, waitForListed } from "../support/dead-letters";
import { bulkReplay, listAllDeadLetters, listDeadLetters, replayDeadLetter } from "../support/dlq-api";

/*
 * Letters that fail again in one worker batch share one failure time. Times are stored to the
 * millisecond, as the API shows them, so cursors and ranges built from shown times are exact.
 */

test("pages through letters that failed again together without skipping any", async ({ request }) => {
  const { key, letters } = await createDeadLetters(request, "dlq-pages-returned", 3);
  const ids = letters.map((letter) => letter.id);

  // Replayed together, the three fail again in one worker batch and so share one failure time.
  await bulkReplay(request, { ids });
  await waitForListed(request, { key, status: "pending" }, 3);

  const paged = await listAllDeadLetters(request, { key, limit: 1 });
  expect(paged.map((letter) => letter.id).sort()).toEqual([...ids].sort());
});

test("an inclusive from/to at the lastFailedAt it shows finds a letter that failed again", async ({ request }) => {
  const { key, letter } = await createDeadLetter(request, "dlq-range-returned");
  await replayDeadLetter(request, letter.id);
  const { lastFailedAt } = await waitForFailedAgain(request, letter.id, 1);

  const { items } = await listDeadLetters(request, { key, from: lastFailedAt, to: lastFailedAt });
  expect(items.map((item) => item.id)).toEqual([letter.id]);
});
