import { describe, expect, it } from "vitest";
import { listUrl, pickFilter } from "./list-url";

describe("listUrl", () => {
  it("carries the non-empty filters, the page size and the cursor", () => {
    expect(listUrl("/api/workflows", { status: "failed", name: "" }, 50)).toBe("/api/workflows?limit=50&status=failed");
    expect(listUrl("/api/tasks", { type: "email" }, 20, "abc")).toBe("/api/tasks?limit=20&type=email&cursor=abc");
  });

  it("encodes what it carries", () => {
    expect(listUrl("/api/workflows", { name: "a&b c" }, 5)).toBe("/api/workflows?limit=5&name=a%26b+c");
  });
});

describe("pickFilter", () => {
  it("keeps only the named, non-empty, single values", () => {
    expect(pickFilter({ status: "failed", name: "", priority: ["high", "low"], cursor: "x" }, ["status", "name", "priority"])).toEqual({
      status: "failed",
    });
  });
});
