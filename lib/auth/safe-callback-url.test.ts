import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeCallbackUrl("/dlq?status=pending")).toBe("/dlq?status=pending");
  });

  it.each([undefined, "", "https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "/login?callbackUrl=/x"])(
    "sends %s to the overview",
    (value) => expect(safeCallbackUrl(value)).toBe("/"),
  );
});
