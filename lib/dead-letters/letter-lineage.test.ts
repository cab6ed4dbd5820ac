import { describe, expect, it } from "vitest";
import { letterLineage } from "./letter-lineage";

const id = "0b6f7a52-6a7e-4c55-8a55-0e0e0c3c8a11";

describe("letterLineage", () => {
  it("names the workflow step, the task or the event a record belonged to", () => {
    const envelope = (eventType: string, payload: unknown) => ({ eventId: "e-1", eventType, payload });
    expect(letterLineage(envelope("workflow.step.run", { workflowId: id, stepIndex: 2, attempt: 4 }))).toEqual({
      eventId: "e-1",
      workflow: { id, stepIndex: 2, attempt: 4 },
    });
    expect(letterLineage(envelope("task.attempt", { taskId: id, attempt: 2 }))).toEqual({ eventId: "e-1", task: { id } });
    expect(letterLineage(envelope("order.placed", {}))).toEqual({ eventId: "e-1" });
  });

  it("has nothing to say about a record that is not an envelope", () => {
    expect(letterLineage(null)).toEqual({});
    expect(letterLineage({ nope: true })).toEqual({});
  });
});
