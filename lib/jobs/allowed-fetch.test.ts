import { describe, expect, it } from "vitest";
import { isHostAllowed } from "./allowed-fetch";

describe("isHostAllowed", () => {
  it("allows exact hosts and wildcard subdomains only", () => {
    const allowed = ["127.0.0.1", "*.example.com"];
    expect(isHostAllowed("http://127.0.0.1:8080/hook", allowed)).toBe(true);
    expect(isHostAllowed("https://api.example.com/x", allowed)).toBe(true);
    expect(isHostAllowed("https://example.com.evil.test/x", allowed)).toBe(false);
    expect(isHostAllowed("https://evilexample.com/x", allowed)).toBe(false);
    expect(isHostAllowed("http://localhost/x", allowed)).toBe(false);
    expect(isHostAllowed("not a url", allowed)).toBe(false);
  });
});
