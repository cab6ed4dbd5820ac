import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

const APP = "https://ops.example.com";

describe("safeCallbackUrl", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeCallbackUrl("/dlq?status=pending")).toBe("/dlq?status=pending");
    expect(safeCallbackUrl("/workflows/abc#steps", APP)).toBe("/workflows/abc#steps");
  });

  it("keeps a full address on the app's own origin, as a path", () => {
    expect(safeCallbackUrl(`${APP}/dlq?status=pending`, APP)).toBe("/dlq?status=pending");
  });

  it("resolves a relative path against the site's root", () => {
    expect(safeCallbackUrl("dlq", APP)).toBe("/dlq");
  });

  it.each([
    ["nothing", undefined],
    ["a number", 42],
    ["another origin", "https://evil.example/"],
    ["the app's host over another scheme", "http://ops.example.com/dlq"],
    ["a protocol-relative address", "//evil.example/x"],
    ["a backslash after the slash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["a backslash then a slash", "\\/evil.example"],
    ["a tab between the slashes", "/\t/evil.example"],
    ["a newline between the slashes", "/\n/evil.example"],
    ["a carriage return between the slashes", "/\r/evil.example"],
    ["a leading space", " //evil.example"],
    ["a dot segment before two slashes", "/.//evil.example"],
    ["dot segments climbing above the root", "/../..//evil.example"],
    ["credentials before another host", "https://ops.example.com@evil.example/"],
    ["a javascript: address", "javascript:alert(1)"],
    ["a data: address", "data:text/html,<script>alert(1)</script>"],
    ["a scheme in capitals", "JAVASCRIPT:alert(1)"],
    ["the sign-in page itself", "/login?callbackUrl=/x"],
  ])("sends %s to the overview", (_shape, value) => {
    expect(safeCallbackUrl(value, APP)).toBe("/");
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it.each(["%2F%09%2Fevil.example", "%2F%2Fevil.example", "%2F%5Cevil.example", "%5C%5Cevil.example", "%2F%0A%2Fevil.example"])(
    "keeps %s on this site once the query string is decoded",
    (encoded) => {
      const value = new URLSearchParams(`callbackUrl=${encoded}`).get("callbackUrl");
      expect(safeCallbackUrl(value, APP)).toBe("/");
    },
  );

  it("leaves an encoded slash inside a path encoded, where it is only a character of the path", () => {
    expect(safeCallbackUrl("/%2F%2Fevil.example", APP)).toBe("/%2F%2Fevil.example");
  });
});
