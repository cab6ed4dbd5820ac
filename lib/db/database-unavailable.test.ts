import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable";

const withCode = (code: string) => Object.assign(new Error("failed"), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises a full pool's wait running out and a dropped connection", () => {
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("recognises socket failures and the server's own busy or shutting-down answers", () => {
    for (const code of ["ECONNREFUSED", "ECONNRESET", "08006", "53300", "57P01", "57P03"]) {
      expect(isDatabaseUnavailable(withCode(code))).toBe(true);
    }
  });

  it("looks through a wrapper's cause", () => {
    const wrapped = new Error("Failed query: select 1", { cause: withCode("57P01") });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it("leaves refused queries and other failures alone", () => {
    for (const error of [withCode("23505"), withCode("22P02"), new Error("connect ECONNREFUSED in a message only"), "text", null]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });
});
