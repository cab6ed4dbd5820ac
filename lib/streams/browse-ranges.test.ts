import { describe, expect, it } from "vitest";
import { browseRanges } from "./browse-ranges";

const offsets = [
  { partition: 1, low: "5", high: "20" },
  { partition: 0, low: "0", high: "10" },
];

describe("browseRanges", () => {
  it("reads every partition from its end", () => {
    expect(browseRanges(offsets, {})).toEqual([
      { partition: 0, low: 0, upper: 10 },
      { partition: 1, low: 5, upper: 20 },
    ]);
  });

  it("reads only the chosen partition", () => {
    expect(browseRanges(offsets, { partition: 1 })).toEqual([{ partition: 1, low: 5, upper: 20 }]);
  });

  it("starts below a position, kept between the partition's start and end", () => {
    const uppers = new Map([
      [0, 4],
      [1, 99],
    ]);
    expect(browseRanges(offsets, { uppers })).toEqual([
      { partition: 0, low: 0, upper: 4 },
      { partition: 1, low: 5, upper: 20 },
    ]);
    expect(browseRanges(offsets, { uppers: new Map([[1, 2]]) })).toEqual([{ partition: 1, low: 5, upper: 5 }]);
  });

  it("refuses a partition the topic does not have, naming the ones it has", () => {
    expect(() => browseRanges(offsets, { partition: 2 })).toThrow(
      expect.objectContaining({ code: "validation_failed", details: [{ path: "partition", message: "the topic has partitions 0 to 1" }] }),
    );
  });
});
