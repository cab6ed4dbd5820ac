import { expect, test } from "@playwright/test";
import { expectApiError } from "../support/api-error";
import { createDeadLetter, waitForFailedAgain } from "../support/dead-letters";
import { actionsOf, postReplay, replayDeadLetter } from "../support/dlq-api";

/** DLQ_MAX_REPLAYS' default, which the e2e web app runs with. */
const MAX_REPLAYS = 5;

test(`refuses a replay past ${MAX_REPLAYS}, so a record that keeps failing ends`, async ({ request }) => {
  const { letter } = await createDeadLetter(request, "dlq-limit");

  for (let replay = 1; replay <= MAX_REPLAYS; replay++) {
    expect(await replayDeadLetter(request, letter.id)).toMatchObject({ replayCount: replay });
    await waitForFailedAgain(request, letter.id, replay);
  }

  const error = await expectApiError(await postReplay(request, letter.id), 409, "conflict");
  expect(error.message).toContain(`${MAX_REPLAYS} times`);
  const exhausted = await waitForFailedAgain(request, letter.id, MAX_REPLAYS);
  expect(exhausted).toMatchObject({ replayCount: MAX_REPLAYS, attempts: MAX_REPLAYS + 1 });
  const actions = actionsOf(exhausted);
  expect(actions.filter((action) => action === "replayed")).toHaveLength(MAX_REPLAYS);
  expect(actions.filter((action) => action === "failed_again")).toHaveLength(MAX_REPLAYS);
});
