import { expect, type APIRequestContext } from "@playwright/test";
import { acceptEvent, type ProcessedEvent } from "./events-api";

/** The worker usually applies an event within a second; the margin covers a cold consumer group. */
export const PROCESSING_TIMEOUT_MS = 15_000;

export async function waitForProcessed(request: APIRequestContext, eventId: string): Promise<ProcessedEvent> {
  let processed: ProcessedEvent | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/events/${eventId}`);
        if (response.status() === 200) processed = (await response.json()) as ProcessedEvent;
        return response.status();
      },
      { message: `event ${eventId} should be processed`, timeout: PROCESSING_TIMEOUT_MS },
    )
    .toBe(200);
  return processed!;
}

/**
 * Kafka keeps one key's records in order and the worker applies a partition in order, so once a
 * sentinel posted with the key is processed, everything published with that key before it has
 * been handled too. That is how a test proves something was *not* stored, without sleeping.
 */
export async function drainKey(request: APIRequestContext, key: string): Promise<ProcessedEvent> {
  const sentinel = await acceptEvent(request, { eventType: "e2e.sentinel", key });
  return waitForProcessed(request, sentinel.eventId);
}
