import { test } from "@playwright/test";
import { expectApiError } from "../support/api-error";
import { getDeadLetterResponse, postDiscard, postReplay } from "../support/dlq-api";

const unknownIds = [
  { kind: "an unknown", id: crypto.randomUUID() },
  { kind: "a malformed", id: "not-a-uuid" },
];

for (const { kind, id } of unknownIds) {
  test(`answers 404 not_found for ${kind} dead-letter id`, async ({ request }) => {
    await expectApiError(await getDeadLetterResponse(request, id), 404, "not_found");
    await expectApiError(await postReplay(request, id), 404, "not_found");
    await expectApiError(await postDiscard(request, id), 404, "not_found");
  });
}
