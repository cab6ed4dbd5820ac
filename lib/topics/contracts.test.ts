import type { Message } from "kafkajs";
import { describe, expect, it } from "vitest";
import { buildEnvelope } from "../events/build-envelope";
import { stableUuid } from "../jobs/stable-uuid";
import { topicContracts } from ".";

const topics = topicContracts({ KAFKA_TOPIC_PREFIX: "t.", KAFKA_EVENTS_PARTITIONS: 2 });
const workflowId = "0b7f8c3e-6f0a-4c52-9a64-3f1d1f2b9e11";
const taskId = "5d2c0a5e-8a4b-4f0e-9d55-2f6f3c8d7a10";
const context = { requestId: "req-1", traceparent: "00-abc-def-01" };

/** Records what would be sent, by topic. */
function recordingPublisher() {
  const sent: { topic: string; messages: Message[] }[] = [];
  return { sent, publish: async (topic: string, messages: Message[]) => void sent.push({ topic, messages }) };
}

const asRecord = (message: Message) => ({ value: Buffer.from(message.value as string) });

describe("workflows contract", () => {
  const created = topics.workflows.message(
    "workflow.created",
    workflowId,
    { name: "w", priority: "high", steps: [{ type: "validate", options: {} }], input: {}, retry: { maxRetries: 1, initialDelayMs: 10, multiplier: 2, maxDelayMs: 100 } },
    "created",
  );

  it("keys a message by its workflow, leads the payload with it and derives the eventId from what happened", () => {
    expect(created.topic).toBe("t.workflows");
    expect(created.envelope).toMatchObject({ key: workflowId, eventId: stableUuid(`${workflowId}:workflow.created:created`), source: "streamops.workflows", schemaVersion: 1 });
    expect(Object.keys(created.envelope)).toEqual(["eventId", "eventType", "timestamp", "source", "key", "payload", "schemaVersion"]);
    expect(Object.keys(created.envelope.payload)[0]).toBe("workflowId");
  });

  it("publishes the envelope as JSON with its headers, and decodes it back to the typed payload", async () => {
    const publisher = recordingPublisher();
    await topics.workflows.publish(publisher, [created], context);
    const [{ topic, messages }] = publisher.sent as [{ topic: string; messages: [Message] }];
    expect(topic).toBe("t.workflows");
    expect(messages[0]).toEqual({
      key: workflowId,
      value: JSON.stringify(created.envelope),
      headers: { "event-type": "workflow.created", "event-id": created.envelope.eventId, "content-type": "application/json", "request-id": "req-1", traceparent: "00-abc-def-01" },
    });
    const decoded = topics.workflows.decode(asRecord(messages[0]), ["workflow.created"]);
    expect(decoded).toEqual({ kind: "message", eventType: "workflow.created", payload: created.envelope.payload, envelope: created.envelope });
    if (decoded.kind === "message") expect(decoded.payload.steps[0]!.type).toBe("validate");
  });

  it("answers `other` for a lifecycle event the consumer does not handle", () => {
    const completed = topics.workflows.message("workflow.completed", workflowId, { name: "w" }, "completed");
    const value = Buffer.from(JSON.stringify(completed.envelope));
    expect(topics.workflows.decode({ value }, ["workflow.created"])).toMatchObject({ kind: "other", envelope: { eventType: "workflow.completed" } });
    expect(topics.workflows.decode({ value })).toMatchObject({ kind: "message", eventType: "workflow.completed", payload: { workflowId, name: "w" } });
  });

  it("rejects a record that is empty, not JSON, or whose payload breaks its type's schema, naming the fields", () => {
    expect(topics.workflows.decode({ value: null })).toEqual({ kind: "rejected", errorClass: "EmptyRecord", errorMessage: "record has no value" });
    expect(topics.workflows.decode({ value: Buffer.from("{nope") })).toMatchObject({ kind: "rejected", errorClass: "MalformedJson" });
    const broken = { ...created.envelope, payload: { ...created.envelope.payload, steps: [], priority: "urgent" } };
    const decoded = topics.workflows.decode({ value: Buffer.from(JSON.stringify(broken)) });
    expect(decoded).toMatchObject({ kind: "rejected", errorClass: "SchemaViolation" });
    expect(decoded.kind === "rejected" && decoded.errorMessage).toMatch(/payload\.priority: .*; payload\.steps: /);
  });
});

describe("workflow-steps contract", () => {
  it("sends each command to its priority's lane, keyed by workflow, its id derived from the attempt", async () => {
    const high = topics.workflowSteps.message("high", { workflowId, stepIndex: 1, attempt: 2 });
    const low = topics.workflowSteps.message("low", { workflowId, stepIndex: 0, attempt: 1 });
    expect(high.envelope).toMatchObject({ eventType: "workflow.step.run", key: workflowId, eventId: stableUuid(`${workflowId}:step:1:2`), payload: { workflowId, stepIndex: 1, attempt: 2 } });
    const publisher = recordingPublisher();
    await topics.workflowSteps.publish(publisher, [high, low], context);
    expect(publisher.sent.map(({ topic, messages }) => [topic, messages.length])).toEqual([
      ["t.workflow-steps.high", 1],
      ["t.workflow-steps.low", 1],
    ]);
    expect(topics.workflowSteps.decode(asRecord(publisher.sent[0]!.messages[0]!))).toMatchObject({ kind: "message", payload: { stepIndex: 1, attempt: 2 } });
  });

  it("builds a scheduled record for its lane, with extra headers", () => {
    const dueAt = new Date("2026-01-01T00:00:00Z");
    const command = topics.workflowSteps.message("medium", { workflowId, stepIndex: 0, attempt: 3 });
    const record = topics.workflowSteps.scheduled(command, context, dueAt, { "dlq-id": "x" });
    expect(record).toEqual({
      topic: "t.workflow-steps.medium",
      key: workflowId,
      value: JSON.stringify(command.envelope),
      headers: expect.objectContaining({ "event-type": "workflow.step.run", "request-id": "req-1", "dlq-id": "x" }),
      dueAt,
    });
  });
});

describe("tasks contract", () => {
  it("keys by task and derives the eventId from the event and its occurrence", () => {
    const attempt = topics.tasks.message("task.attempt", taskId, { attempt: 2 }, "2");
    expect(attempt.envelope).toMatchObject({ key: taskId, eventId: stableUuid(`${taskId}:task.attempt:2`), source: "streamops.tasks", payload: { taskId, attempt: 2 } });
    expect(topics.tasks.decode({ value: Buffer.from(JSON.stringify({ ...attempt.envelope, payload: { taskId, attempt: 1 } })) }, ["task.attempt"])).toMatchObject({
      kind: "rejected",
      errorClass: "SchemaViolation",
      errorMessage: expect.stringMatching(/^payload\.attempt: /),
    });
  });
});

describe("events contract", () => {
  it("carries any event type and any JSON object payload, keyed as the caller chose", async () => {
    const envelope = buildEnvelope({ eventType: "user.login", key: "user-1", payload: { ip: "10.0.0.1" } });
    const publisher = recordingPublisher();
    await topics.events.publish(publisher, [topics.events.message(envelope)], { requestId: "r" });
    const [message] = publisher.sent[0]!.messages as [Message];
    expect(publisher.sent[0]!.topic).toBe("t.events");
    expect(message.key).toBe("user-1");
    expect(topics.events.decode(asRecord(message))).toEqual({ kind: "message", eventType: "user.login", payload: { ip: "10.0.0.1" }, envelope });
  });
});

describe("a message belongs to its own topic", () => {
  const task = topics.tasks.message("task.completed", taskId, { type: "email" }, "completed");
  const step = topics.workflowSteps.message("high", { workflowId, stepIndex: 0, attempt: 1 });
  const workflow = topics.workflows.message("workflow.cancelled", workflowId, { requestId: "r" }, "cancelled");
  const event = topics.events.message(buildEnvelope({ eventType: "x", payload: {} }));
  const publisher = recordingPublisher();

  it("is a type error to publish it with another topic's contract", async () => {
    // @ts-expect-error a task message is not the workflows topic's
    await topics.workflows.publish(publisher, [task], context);
    // @ts-expect-error a step command goes to a lane, not the workflows topic
    await topics.workflows.publish(publisher, [step], context);
    // @ts-expect-error a workflow event is not a step command
    await topics.workflowSteps.publish(publisher, [workflow], context);
    // @ts-expect-error a caller's event cannot drive tasks
    await topics.tasks.publish(publisher, [event], context);
    // @ts-expect-error nor can a workflow event be passed off as a caller's event
    await topics.events.publish(publisher, [workflow], context);
    // @ts-expect-error a scheduled retry is built by its own topic's contract
    topics.tasks.scheduled(step, context, new Date());
    expect(publisher.sent.length).toBeGreaterThan(0);
  });

  it("is a type error to build a message of a type its topic does not carry, or with the wrong payload", () => {
    // @ts-expect-error task.created is not a workflow event
    topics.workflows.message("task.created", workflowId, {}, "created");
    // @ts-expect-error workflow.completed carries the workflow's name
    topics.workflows.message("workflow.completed", workflowId, { attempt: 1 }, "completed");
    // @ts-expect-error task.failed says why
    topics.tasks.message("task.failed", taskId, { type: "email" }, "1");
    expect(true).toBe(true);
  });
});
