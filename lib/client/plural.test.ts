import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it("adds an s to every count but one, and groups thousands", () => {
    expect(plural(1, "dead letter")).toBe("1 dead letter");
    expect(plural(0, "dead letter")).toBe("0 dead letters");
    expect(plural(1200, "task")).toBe("1,200 tasks");
  });
});
