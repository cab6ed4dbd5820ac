import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectApiError } from "../support/api-error";
import { acceptEvent, pastTimestamp, type ProcessedEvent } from "../support/events-api";
import { waitForProcessed } from "../support/processing";
import { createTask, getDownload, runTask } from "../support/tasks-api";
import { uniqueKey } from "../support/unique";

/** Two processed events on a fresh key, oldest first. */
async function twoEvents(request: APIRequestContext, label: string): Promise<{ key: string; events: ProcessedEvent[] }> {
  const key = uniqueKey(label);
  const older = await acceptEvent(request, { eventType: "e2e.task.export", key, timestamp: pastTimestamp(1), payload: { n: 1, note: "a,b" } });
  const newer = await acceptEvent(request, { eventType: "e2e.task.export", key, timestamp: pastTimestamp(2), payload: { n: 2 } });
  return { key, events: [await waitForProcessed(request, older.eventId), await waitForProcessed(request, newer.eventId)] };
}

test("exports the filtered events as a CSV file, newest first", async ({ request }) => {
  const { key, events: [older, newer] } = await twoEvents(request, "task-export-csv");

  const task = await runTask(request, { type: "export", data: { filter: { key } } });

  const download = `/api/tasks/${task.taskId}/download`;
  expect(task.result).toEqual({ rowCount: 2, bytes: expect.any(Number), truncated: false, download });
  const response = await request.get(download);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="events-${task.taskId}.csv"`);
  const body = await response.body();
  expect(body.length).toBe(task.result!.bytes);
  const lines = body.toString("utf8").trimEnd().split("\r\n");
  expect(lines[0]).toBe("eventId,eventType,key,source,timestamp,processedAt,payload");
  expect(lines).toHaveLength(3);
  expect(lines[1]).toBe(`${newer!.eventId},e2e.task.export,${key},${newer!.source},${newer!.timestamp},${newer!.processedAt},"{""n"":2}"`);
  expect(lines[2]).toContain(older!.eventId);
  expect(lines[2]).toContain('"{""n"":1,""note"":""a,b""}"');
});

test("exports the filtered events as a JSON file, newest first", async ({ request }) => {
  const { key, events: [older, newer] } = await twoEvents(request, "task-export-json");

  const task = await runTask(request, { type: "export", data: { filter: { key, type: "e2e.task.export" }, format: "json" } });

  expect(task.result).toMatchObject({ rowCount: 2, truncated: false });
  const response = await getDownload(request, task.taskId);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="events-${task.taskId}.json"`);
  expect((await response.body()).length).toBe(task.result!.bytes);
  // The file holds the events as the list shows them; an event's own page adds its lineage.
  const withoutLineage = (event: ProcessedEvent | undefined) => {
    const { lineage: _lineage, ...listed } = event as ProcessedEvent & { lineage?: unknown };
    return listed;
  };
  expect(await response.json()).toEqual([withoutLineage(newer), withoutLineage(older)]);
});

test("an export that matches nothing is an empty file", async ({ request }) => {
  const task = await runTask(request, { type: "export", data: { filter: { key: uniqueKey("nobody") }, format: "json" } });

  expect(task.result).toMatchObject({ rowCount: 0, truncated: false });
  expect(await (await getDownload(request, task.taskId)).json()).toEqual([]);
});

test("a task without a file, and an unknown or malformed task, have no download: 404", async ({ request }) => {
  const { taskId } = await createTask(request, { type: "email", data: { to: "ops@example.com", subject: "s", text: "t" } });

  for (const id of [taskId, crypto.randomUUID(), "not-a-uuid"]) {
    await expectApiError(await getDownload(request, id), 404, "not_found");
  }
});
