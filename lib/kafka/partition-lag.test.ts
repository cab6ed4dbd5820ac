import { describe, expect, it } from "vitest";
import { partitionLag } from "./partition-lag";

describe("partitionLag", () => {
  it("is the distance from the committed offset to the end", () => {
    expect(partitionLag("t", { partition: 2, high: "120", low: "0" }, "100")).toEqual({
      topic: "t",
      partition: 2,
      committed: "100",
      end: "120",
      lag: 20,
    });
  });

  it("counts an uncommitted partition from its oldest retained offset", () => {
    expect(partitionLag("t", { partition: 0, high: "50", low: "10" }, "-1")).toMatchObject({ committed: null, lag: 40 });
    expect(partitionLag("t", { partition: 0, high: "50", low: "10" }, undefined)).toMatchObject({ committed: null, lag: 40 });
  });

  it("is never negative, even while end offsets are read before commits", () => {
    expect(partitionLag("t", { partition: 0, high: "5", low: "0" }, "7").lag).toBe(0);
  });
});
