import { describe, expect, it } from "vitest";
import { isSameOriginChange } from "./same-origin";

const request = (method: string, headers: Record<string, string>) => new Request("http://ops.local:3000/api/dlq/replay", { method, headers });

describe("isSameOriginChange", () => {
  it("lets reads through whatever their origin", () => {
    expect(isSameOriginChange(request("GET", { origin: "https://evil.example" }), undefined)).toBe(true);
  });

  it("takes a change from the request's own host when APP_URL is unset", () => {
    expect(isSameOriginChange(request("POST", { origin: "http://ops.local:3000", host: "ops.local:3000" }), undefined)).toBe(true);
    expect(isSameOriginChange(request("POST", { origin: "http://ops.local:3001", host: "ops.local:3000" }), undefined)).toBe(false);
  });

  it("refuses a change with no Origin, or one that is not a URL", () => {
    expect(isSameOriginChange(request("POST", { host: "ops.local:3000" }), undefined)).toBe(false);
    expect(isSameOriginChange(request("PATCH", { origin: "null", host: "ops.local:3000" }), undefined)).toBe(false);
  });

  it("compares with APP_URL when it is set, not with a Host the caller may choose", () => {
    const appUrl = "https://ops.example.com";
    expect(isSameOriginChange(request("POST", { origin: "https://ops.example.com" }), appUrl)).toBe(true);
    expect(isSameOriginChange(request("POST", { origin: "https://evil.example", host: "evil.example" }), appUrl)).toBe(false);
  });
});
