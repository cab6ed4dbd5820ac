import { describe, expect, it } from "vitest";
import { isTransientDbError } from "./transient-db-error";

const withCode = (code: string) => Object.assign(new Error("x"), { code });

describe("isTransientDbError", () => {
  it.each(["08006", "57P01", "53300", "40001", "40P01", "ECONNREFUSED", "ECONNRESET"])("retries %s", (code) => {
    expect(isTransientDbError(withCode(code))).toBe(true);
  });

  it("looks through drizzle's wrapper to the driver error", () => {
    expect(isTransientDbError(Object.assign(new Error("Failed query"), { cause: withCode("08006") }))).toBe(true);
  });

  it("retries a dropped connection reported only by message", () => {
    expect(isTransientDbError(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it.each(["22P05", "23505", "42P01"])("does not retry %s, which the record itself causes", (code) => {
    expect(isTransientDbError(withCode(code))).toBe(false);
  });
});
