import { describe, expect, it } from "vitest";
import { isTransientDbError } from "./transient-db-error";

const withCode = (code: string) => Object.assign(new Error("x"), { code });

describe("isTransientDbError", () => {
  it.each(["08006", "57P01", "53300", "40001", "40P01", "3D000", "42P01", "ECONNREFUSED"])("retries %s", (code) => {
    expect(isTransientDbError(withCode(code))).toBe(true);
  });

  it("retries errors without a SQLSTATE, such as a dropped connection", () => {
    expect(isTransientDbError(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it.each(["22P05", "22001", "23505"])("does not retry %s, which the record itself causes", (code) => {
    expect(isTransientDbError(withCode(code))).toBe(false);
  });

  it("looks through drizzle's wrapper to the driver error", () => {
    expect(isTransientDbError(Object.assign(new Error("Failed query"), { cause: withCode("22P05") }))).toBe(false);
  });
});
