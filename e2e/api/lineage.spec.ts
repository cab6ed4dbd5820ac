import { expect } from "@playwright/test";
import { test } from "../support/fixtures";
import { createDeadLetter } from "../support/dead-letters";
import { getDeadLetter, replayDeadLetter } from "../support/dlq-api";
import { waitForProcessed } from "../support/processing";
import { createWorkflow, getWorkflow, JOB_TIMEOUT_MS, waitForWorkflow } from "../support/workflows-api";

type Lineage = { workflow: { id: string; stepIndex: number } | null; deadLetters: { id: string; status: string }[] };

test("an emitted event leads back to the workflow step that emitted it", async ({ request }) => {
  const { workflowId } = await createWorkflow(request, { name: "lineage emit", steps: ["validate", { type: "emit", eventType: "e2e.lineage" }, "store"] });
  const done = await waitForWorkflow(request, workflowId, (workflow) => workflow.status === "completed", "completed");
  const emittedEventId = (done.result as { emittedEventId: string }).emittedEventId;
  const event = (await waitForProcessed(request, emittedEventId)) as unknown as { lineage: Lineage };
  expect(event.lineage).toEqual({ workflow: { id: workflowId, stepIndex: 1 }, deadLetters: [] });
});

test("a workflow shows each attempt's Kafka record and its dead letter, which points back to the step", async ({ request, receiver }) => {
  receiver.answer({ status: 422, body: { error: "refused" } });
  const { workflowId } = await createWorkflow(request, { name: "lineage letter", steps: [{ type: "http", url: `${receiver.url}/refuse` }] });
  await waitForWorkflow(request, workflowId, (workflow) => workflow.status === "failed", "failed");
  const lettersOf = async () => ((await getWorkflow(request, workflowId)) as unknown as { deadLetters: unknown[] }).deadLetters.length;
  await expect.poll(lettersOf, { timeout: JOB_TIMEOUT_MS }).toBe(1);

  const workflow = (await getWorkflow(request, workflowId)) as unknown as {
    steps: { attemptHistory: { attempt: number; outcome: string; kafka: { topic: string; offset: string } }[] }[];
    deadLetters: { id: string; status: string }[];
  };
  const [attempt] = workflow.steps[0]!.attemptHistory;
  expect(attempt).toMatchObject({ attempt: 1, outcome: "failed", kafka: { topic: expect.stringMatching(/workflow-steps\.medium$/), offset: expect.stringMatching(/^\d+$/) } });
  const letter = (await getDeadLetter(request, workflow.deadLetters[0]!.id)) as unknown as { lineage: unknown; topic: string; offset: string };
  expect(letter.lineage).toMatchObject({ workflow: { id: workflowId, stepIndex: 0, attempt: 1 } });
  expect([letter.topic, letter.offset]).toEqual([attempt!.kafka.topic, attempt!.kafka.offset]);
});

test("a replayed event leads back to the dead letter it went through, and the letter to the event", async ({ request }) => {
  const { event, letter } = await createDeadLetter(request, "lineage-replay");
  await replayDeadLetter(request, letter.id, { payload: { text: "mended" } });
  const processed = (await waitForProcessed(request, event.eventId)) as unknown as { lineage: Lineage };
  expect(processed.lineage.deadLetters).toEqual([expect.objectContaining({ id: letter.id, status: "replayed" })]);
  expect(((await getDeadLetter(request, letter.id)) as unknown as { lineage: unknown }).lineage).toEqual({ eventId: event.eventId, processed: true });
});
