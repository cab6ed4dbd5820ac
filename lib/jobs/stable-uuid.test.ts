import { z } from "zod";
import { describe, expect, it } from "vitest";
import { stableUuid } from "./stable-uuid";

describe("stableUuid", () => {
  it("is the same for the same name, different for another, and a valid UUID", () => {
    expect(stableUuid("wf:1")).toBe(stableUuid("wf:1"));
    expect(stableUuid("wf:1")).not.toBe(stableUuid("wf:2"));
    expect(z.uuid().safeParse(stableUuid("wf:1")).success).toBe(true);
  });
});
