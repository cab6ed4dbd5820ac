import { describe, expect, it } from "vitest";
import { decodePositions, encodePositions } from "./browse-cursor";

describe("browse cursor", () => {
  it("round-trips each partition's position", () => {
    const cursor = encodePositions([
      { partition: 0, upper: 17 },
      { partition: 4, upper: 9_007_199_254_740_991 },
    ]);
    expect(decodePositions(cursor!)).toEqual(
      new Map([
        [0, 17],
        [4, 9_007_199_254_740_991],
      ]),
    );
  });

  it("has no cursor once every partition was read to its start", () => {
    expect(encodePositions([])).toBeNull();
  });

  it("refuses cursors it did not issue", () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const cursor of ["garbage", forged({ at: "2026-01-01T00:00:00Z", id: "x" }), forged({ "0": -1 }), forged({ x: 1 })]) {
      expect(() => decodePositions(cursor)).toThrow(/Invalid cursor/);
    }
  });
});
