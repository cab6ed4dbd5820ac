import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toFieldErrors } from "../errors/zod-field-errors";
import { httpTargetShape } from "./http-target";

const target = z.strictObject(httpTargetShape);
const problems = (headers: Record<string, string>) => {
  const result = target.safeParse({ url: "https://hooks.example.com/", headers });
  return result.success ? [] : toFieldErrors(result.error);
};

describe("httpTargetShape headers", () => {
  it("accepts ordinary headers, Latin-1 and tabs included", () => {
    expect(problems({ Authorization: "Bearer abc", "X-Note": "café\tok" })).toEqual([]);
  });

  it("refuses headers that frame or route the request, by their name", () => {
    expect(problems({ Host: "internal.example", "transfer-encoding": "chunked", "Content-Length": "0" })).toEqual([
      { path: "headers.Host", message: "set by the client itself" },
      { path: "headers.transfer-encoding", message: "set by the client itself" },
      { path: "headers.Content-Length", message: "set by the client itself" },
    ]);
  });

  it("refuses values that would split the header or cannot be sent", () => {
    for (const value of ["a\r\nX-Injected: 1", "a\nb", "nul\u0000", "emoji 🙂"]) {
      expect(problems({ "x-a": value }), value).toEqual([{ path: "headers.x-a", message: "a header value: Latin-1 text without line breaks or other control characters" }]);
    }
  });
});
