import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, toPage } from "./cursor";

describe("cursor", () => {
  it("round-trips", () => {
    const cursor = { at: "2026-01-01T00:00:00.000Z", id: "abc" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it("refuses a cursor it did not issue", () => {
    expect(() => decodeCursor("garbage")).toThrow(/Invalid cursor/);
  });

  it("gives a next cursor only when a row beyond the page exists", () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    const cursorOf = (row: { n: number }) => ({ at: "2026-01-01T00:00:00.000Z", id: String(row.n) });
    const full = toPage(rows, 2, (row) => row.n, cursorOf);
    expect(full.items).toEqual([1, 2]);
    expect(decodeCursor(full.nextCursor!).id).toBe("2");
    expect(toPage(rows, 3, (row) => row.n, cursorOf).nextCursor).toBeNull();
  });
});
