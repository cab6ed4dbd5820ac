import { expect, test } from "@playwright/test";
import { acceptEvent, pastTimestamp } from "../support/events-api";
import { waitForProcessed } from "../support/processing";

test("exports the filtered events as CSV, newest first, defusing spreadsheet formulas", async ({ request }) => {
  // A key a spreadsheet would run as a formula: the export must not hand it over as one.
  const key = `=HYPERLINK("x")-${crypto.randomUUID()}`;
  const older = await acceptEvent(request, { eventType: "e2e.export", key, timestamp: pastTimestamp(1), payload: { n: 1, note: "a,b" } });
  const newer = await acceptEvent(request, { eventType: "e2e.export", key, timestamp: pastTimestamp(2), payload: { n: 2 } });
  await waitForProcessed(request, older.eventId);
  await waitForProcessed(request, newer.eventId);

  const response = await request.get(`/api/events/export?key=${encodeURIComponent(key)}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="events-.*\.csv"$/);

  const lines = (await response.text()).trimEnd().split("\r\n");
  expect(lines[0]).toBe("eventId,eventType,key,source,timestamp,processedAt,payload");
  expect(lines).toHaveLength(3);
  expect(lines[1]!.startsWith(`${newer.eventId},e2e.export,"'=HYPERLINK(""x"")-`)).toBe(true);
  expect(lines[2]).toContain(older.eventId);
  expect(lines[2]).toContain('"{""n"":1,""note"":""a,b""}"');
});

test("refuses a bad export filter with 400", async ({ request }) => {
  const response = await request.get("/api/events/export?from=yesterday");
  expect(response.status()).toBe(400);
});
