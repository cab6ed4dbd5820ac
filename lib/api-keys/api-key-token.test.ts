import { describe, expect, it } from "vitest";
import { generateApiKeyToken, hashApiKeyToken, looksLikeApiKeyToken } from "./api-key-token";

describe("API key tokens", () => {
  it("are unique, shaped, and stored only as a hash that the prefix does not reveal", () => {
    const first = generateApiKeyToken();
    const second = generateApiKeyToken();
    expect(first.token).not.toBe(second.token);
    expect(looksLikeApiKeyToken(first.token)).toBe(true);
    expect(first.prefix).toBe(first.token.slice(0, 12));
    expect(first.secretHash).toBe(hashApiKeyToken(first.token));
    expect(first.secretHash).not.toContain(first.token.slice(4));
  });

  it("rejects what is not a key", () => {
    expect(looksLikeApiKeyToken("sok_short")).toBe(false);
    expect(looksLikeApiKeyToken(`xyz_${"a".repeat(43)}`)).toBe(false);
  });
});
