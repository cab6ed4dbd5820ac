import type { z } from "zod";
import type { OutboundClient } from "../../outbound/send-outbound";

export type JsonObject = Record<string, unknown>;

/** What steps may call outside themselves; the worker provides them, tests can too. */
export type StepServices = {
  /** Calls out as the outbound policy allows (lib/outbound); refusals are non-retryable. */
  sendHttp: OutboundClient;
  /**
   * Publishes an event to the events topic and answers its eventId once Kafka acknowledged it.
   * The id derives from the idempotency key: a re-run step re-sends the same event, stored once.
   */
  /**
   * Problems of `data` under a caller's JSON Schema (empty when it matches), checked within a time
   * and memory budget; a check over budget fails the step without retries.
   */
  checkJsonSchema: (schema: JsonObject, data: unknown) => Promise<string[]>;
  emit: (event: { idempotencyKey: string; eventType: string; key: string; payload: JsonObject }) => Promise<string>;
};

export type StepContext = {
  workflowId: string;
  stepIndex: number;
  attempt: number;
  /** Stable across attempts of one step: external calls carry it so they happen once. */
  idempotencyKey: string;
  /** The previous step's output (the workflow's input for the first step). */
  data: JsonObject;
  /** Set when a waiting step's time has come. */
  resumedAt?: Date;
  services: StepServices;
  signal: AbortSignal;
};

export type StepOutcome =
  /** `result` is persisted as the workflow's result (merged into what earlier steps stored). */
  | { kind: "done"; output: JsonObject; result?: JsonObject }
  /** Sleep durably until then: the step is rescheduled, its partition is not held. */
  | { kind: "wait"; until: Date };

/** One step type: its options (with defaults, so a bare name runs) and what it does. */
export type StepDefinition<Options = unknown> = {
  type: string;
  summary: string;
  options: z.ZodType<Options>;
  run: (context: StepContext, options: Options) => Promise<StepOutcome>;
};

/** Keeps each definition's option type checked against its own run function. */
export const defineStep = <Options>(definition: StepDefinition<Options>): StepDefinition<Options> => definition;
