import { expect, type APIRequestContext } from "@playwright/test";
import { acceptEvent, type AcceptedEvent } from "./events-api";
import { getDeadLetter, listDeadLetters, type DeadLetter, type DeadLetterDetail } from "./dlq-api";
import { PROCESSING_TIMEOUT_MS } from "./processing";
import { uniqueKey } from "./unique";

/**
 * "\u0000" is valid JSON, so the API accepts the event; PostgreSQL's jsonb cannot store it, so the
 * worker dead-letters it as DatabaseRejected, and every unchanged replay fails the same way.
 */
export const POISON_PAYLOAD = { text: "a\u0000b" };

const postPoisonEvent = (request: APIRequestContext, key: string, headers?: Record<string, string>) =>
  acceptEvent(request, { eventType: "e2e.dlq.poison", key, payload: POISON_PAYLOAD }, headers);

/** Waits until the list answers exactly `count` letters for the query; returns them, newest first. */
export async function waitForListed(
  request: APIRequestContext,
  query: Record<string, string>,
  count: number,
): Promise<DeadLetter[]> {
  let items: DeadLetter[] = [];
  await expect
    .poll(
      async () => {
        items = (await listDeadLetters(request, query)).items;
        return items.length;
      },
      { message: `${count} dead letters for ${new URLSearchParams(query)}`, timeout: PROCESSING_TIMEOUT_MS },
    )
    .toBe(count);
  return items;
}

/** One poison event on a key of its own, and the pending letter the worker made of it. */
export async function createDeadLetter(
  request: APIRequestContext,
  label: string,
  headers?: Record<string, string>,
): Promise<{ key: string; event: AcceptedEvent; letter: DeadLetter }> {
  const key = uniqueKey(label);
  const event = await postPoisonEvent(request, key, headers);
  const [letter] = await waitForListed(request, { key }, 1);
  return { key, event, letter: letter! };
}

/** `count` poison events on one fresh key, posted one after another, and their letters, newest first. */
export async function createDeadLetters(
  request: APIRequestContext,
  label: string,
  count: number,
): Promise<{ key: string; letters: DeadLetter[] }> {
  const key = uniqueKey(label);
  for (let event = 0; event < count; event++) await postPoisonEvent(request, key);
  return { key, letters: await waitForListed(request, { key }, count) };
}

/** Waits until a replayed poison record has failed again for the `times`-th time and its letter is pending. */
export async function waitForFailedAgain(
  request: APIRequestContext,
  id: string,
  times: number,
): Promise<DeadLetterDetail> {
  let letter: DeadLetterDetail | undefined;
  await expect
    .poll(
      async () => {
        letter = await getDeadLetter(request, id);
        const failedAgain = letter.history.filter((entry) => entry.action === "failed_again").length;
        return { status: letter.status, failedAgain };
      },
      { message: `dead letter ${id} should fail again (${times})`, timeout: PROCESSING_TIMEOUT_MS },
    )
    .toEqual({ status: "pending", failedAgain: times });
  return letter!;
}
