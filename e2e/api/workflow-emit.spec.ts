import { expect, test } from "@playwright/test";
import { listEvents } from "../support/events-api";
import { PROCESSING_TIMEOUT_MS } from "../support/processing";
import { uniqueEventType, uniqueKey } from "../support/unique";
import { runWorkflow } from "../support/workflows-api";

test("emit publishes the data as an event, which the pipeline stores like any other", async ({ request }) => {
  const [eventType, key] = [uniqueEventType("wf-emit"), uniqueKey("wf-emit")];
  const input = { orderId: "o-9", total: 12.5 };

  const workflow = await runWorkflow(request, {
    name: uniqueKey("wf-emit"),
    input,
    steps: [{ type: "emit", eventType, key }, "store"],
  });

  // emit adds the event's id to the data it passes on.
  expect(workflow.result).toEqual({ ...input, emittedEventId: expect.any(String) });
  await expect
    .poll(async () => (await listEvents(request, { key })).items, { timeout: PROCESSING_TIMEOUT_MS })
    .toEqual([
      expect.objectContaining({
        eventId: workflow.result!.emittedEventId,
        eventType,
        key,
        source: "streamops.workflows",
        payload: input,
      }),
    ]);
});

test("emit defaults to the type workflow.emitted and the workflow id as key", async ({ request }) => {
  const workflow = await runWorkflow(request, { name: uniqueKey("wf-emit-defaults"), input: { n: 1 }, steps: ["emit"] });

  await expect
    .poll(async () => (await listEvents(request, { key: workflow.workflowId })).items, { timeout: PROCESSING_TIMEOUT_MS })
    .toEqual([expect.objectContaining({ eventType: "workflow.emitted", key: workflow.workflowId, payload: { n: 1 } })]);
});
