import { describe, expect, it } from "vitest";
import { isoToUtcInput, utcInputToIso } from "./format-utc";

describe("UTC form fields", () => {
  it("reads a datetime-local value as UTC", () => {
    expect(utcInputToIso("2026-03-01T12:30")).toBe("2026-03-01T12:30:00Z");
    expect(utcInputToIso("2026-03-01T12:30:15")).toBe("2026-03-01T12:30:15Z");
    expect(utcInputToIso("2026-03-01T12:30:15+02:00")).toBe("2026-03-01T12:30:15+02:00");
  });

  it("shows any ISO time as UTC for the field", () => {
    expect(isoToUtcInput("2026-03-01T14:30:15+02:00")).toBe("2026-03-01T12:30:15");
    expect(isoToUtcInput("not a time")).toBe("");
  });
});
