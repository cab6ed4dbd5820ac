import { describe, expect, it } from "vitest";
import { relativeTime } from "./relative-time";

describe("relativeTime", () => {
  const now = Date.parse("2025-01-02T12:00:00Z");

  it("says just now under a minute, either way", () => {
    expect(relativeTime("2025-01-02T11:59:30Z", now)).toBe("just now");
    expect(relativeTime("2025-01-02T12:00:20Z", now)).toBe("just now");
  });

  it("counts whole minutes, hours and days", () => {
    expect(relativeTime("2025-01-02T11:57:00Z", now)).toBe("3 minutes ago");
    expect(relativeTime("2025-01-02T09:30:00Z", now)).toBe("2 hours ago");
    expect(relativeTime("2025-01-01T12:00:00Z", now)).toBe("yesterday");
    expect(relativeTime("2024-12-20T12:00:00Z", now)).toBe("13 days ago");
  });
});
