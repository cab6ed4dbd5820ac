import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

/*
 * The dead-letter API as a client sees it, written out rather than imported from lib/ for the
 * same reason as events-api.ts: a change on the server must not quietly change what tests expect.
 */
export type DeadLetterStatus = "pending" | "replayed" | "discarded";

export type DeadLetter = {
  id: string;
  status: DeadLetterStatus;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  json: unknown;
  headers: Record<string, string>;
  errorClass: string;
  errorMessage: string;
  attempts: number;
  replayCount: number;
  firstFailedAt: string;
  lastFailedAt: string;
};

export type HistoryEntry = {
  action: "dead_lettered" | "replayed" | "failed_again" | "discarded";
  actor: string;
  at: string;
  requestId: string | null;
  clientAddress: string | null;
  details: Record<string, unknown>;
};

export type DeadLetterDetail = DeadLetter & { history: HistoryEntry[] };

export type DeadLetterPage = { items: DeadLetter[]; nextCursor: string | null };

export type ReplayEdit = { payload?: unknown; value?: unknown };

export type BulkReplaySelection = { ids: string[] } | { filter: Record<string, string> };

export const getDeadLetterResponse = (request: APIRequestContext, id: string) => request.get(`/api/dlq/${id}`);

/** Without a body argument the request has no body at all, as a plain "replay" button sends it. */
export const postReplay = (request: APIRequestContext, id: string, body?: unknown) =>
  request.post(`/api/dlq/${id}/replay`, body === undefined ? {} : { data: body });

export const postDiscard = (request: APIRequestContext, id: string) => request.post(`/api/dlq/${id}/discard`);

export const postBulkReplay = (request: APIRequestContext, selection: unknown) =>
  request.post("/api/dlq/replay", { data: selection });

async function expectOk<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

export async function listDeadLetters(request: APIRequestContext, query: Record<string, string | number>) {
  return expectOk<DeadLetterPage>(await request.get("/api/dlq", { params: query }));
}

/** Follows nextCursor to the end; the page cap turns a cursor that never ends into a failure, not a hang. */
export async function listAllDeadLetters(request: APIRequestContext, query: Record<string, string | number>, maxPages = 100) {
  const items: DeadLetter[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const next: DeadLetterPage = await listDeadLetters(request, { ...query, ...(cursor ? { cursor } : {}) });
    items.push(...next.items);
    cursor = next.nextCursor;
    if (!cursor) return items;
  }
  throw new Error(`more than ${maxPages} pages for ${new URLSearchParams(query as Record<string, string>)}`);
}

export async function getDeadLetter(request: APIRequestContext, id: string) {
  return expectOk<DeadLetterDetail>(await getDeadLetterResponse(request, id));
}

/** For tests whose subject is what follows a replay: anything but 200 fails right here. */
export async function replayDeadLetter(request: APIRequestContext, id: string, edit?: ReplayEdit) {
  return expectOk<DeadLetter>(await postReplay(request, id, edit));
}

export async function discardDeadLetter(request: APIRequestContext, id: string) {
  return expectOk<DeadLetter>(await postDiscard(request, id));
}

export async function bulkReplay(request: APIRequestContext, selection: BulkReplaySelection) {
  return expectOk<{ replayed: number }>(await postBulkReplay(request, selection));
}

export const actionsOf = (letter: DeadLetterDetail) => letter.history.map((entry) => entry.action);
