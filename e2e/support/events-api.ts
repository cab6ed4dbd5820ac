import { expect, type APIRequestContext } from "@playwright/test";

/*
 * The wire contract as a client sees it. Written out here rather than imported from lib/, so a
 * change to the server's types cannot quietly change what these tests expect.
 */
export type EventInput = {
  eventType: string;
  payload?: Record<string, unknown>;
  key?: string;
  eventId?: string;
  timestamp?: string;
  source?: string;
};

export type AcceptedEvent = { eventId: string; eventType: string; key: string; timestamp: string; status: "accepted" };

export type ProcessedEvent = {
  eventId: string;
  eventType: string;
  key: string;
  source: string;
  timestamp: string;
  payload: Record<string, unknown>;
  schemaVersion: number;
  acceptedAt: string;
  processedAt: string;
  requestId: string | null;
  kafka: { topic: string; partition: number; offset: string };
};

export type EventPage = { items: ProcessedEvent[]; nextCursor: string | null };

type Headers = Record<string, string>;

export const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/;

export const postEvent = (request: APIRequestContext, event: unknown, headers?: Headers) =>
  request.post("/api/events", { data: event, headers });

export const postBatch = (request: APIRequestContext, events: unknown[], headers?: Headers) =>
  request.post("/api/events/batch", { data: { events }, headers });

/** Sends the bytes as given: Playwright would JSON-encode a string that does not parse as JSON. */
export const postRaw = (request: APIRequestContext, url: string, body: string, contentType: string) =>
  request.post(url, { data: Buffer.from(body, "utf8"), headers: { "content-type": contentType } });

/** For tests whose subject is what happens after acceptance: anything but 202 fails right here. */
export async function acceptEvent(request: APIRequestContext, event: EventInput, headers?: Headers) {
  const response = await postEvent(request, event, headers);
  expect(response.status(), await response.text()).toBe(202);
  return (await response.json()) as AcceptedEvent;
}

export async function acceptBatch(request: APIRequestContext, events: EventInput[]) {
  const response = await postBatch(request, events);
  expect(response.status(), await response.text()).toBe(202);
  return (await response.json()) as { accepted: number; events: AcceptedEvent[] };
}

export async function listEvents(request: APIRequestContext, query: Record<string, string | number>) {
  const response = await request.get("/api/events", { params: query });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as EventPage;
}

/** Timestamps in the past keep bulk test data out of the overview's "recent events". */
export const pastTimestamp = (secondsAfterBase: number) =>
  new Date(Date.UTC(2020, 0, 1) + secondsAfterBase * 1000).toISOString();
