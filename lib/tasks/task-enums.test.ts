import { describe, expect, it } from "vitest";
import { shownTaskStatus, storedTaskStatus, taskStatuses } from "./task-enums";

describe("task statuses", () => {
  it("shows seed 000's words for the engine's statuses", () => {
    expect(shownTaskStatus("pending")).toBe("queued");
    expect(shownTaskStatus("running")).toBe("processing");
    expect(shownTaskStatus("failed")).toBe("failed");
  });

  it("maps every shown status back to the stored one it came from", () => {
    for (const shown of taskStatuses) expect(shownTaskStatus(storedTaskStatus(shown))).toBe(shown);
  });
});
