import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { assertNoNul } from "./assert-no-nul";

describe("assertNoNul", () => {
  it("names every field holding a NUL character", () => {
    const attempt = () => assertNoNul([["key", "a\u0000b"], ["type", "fine"], ["group", ["x", "\u0000"]]]);
    expect(attempt).toThrow(ValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as ValidationError).details).toEqual([
        { path: "key", message: "must not contain a NUL character" },
        { path: "group", message: "must not contain a NUL character" },
      ]);
    }
  });

  it("lets ordinary text through", () => {
    expect(() => assertNoNul([["key", "user-1"], ["limit", "50"]])).not.toThrow();
  });
});
