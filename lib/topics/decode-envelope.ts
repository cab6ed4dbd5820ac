import type { KafkaMessage } from "kafkajs";
import type { z } from "zod";
import { envelopeSchema, type Envelope } from "../events/envelope";

export type DecodeFailure = { errorClass: "EmptyRecord" | "MalformedJson" | "SchemaViolation"; errorMessage: string };

export type DecodedEnvelope = { ok: true; envelope: Envelope } | ({ ok: false } & DecodeFailure);

/** Names each field that breaks the schema, e.g. `eventId: Invalid UUID; payload.stepIndex: ...`. */
const violation = (issues: z.core.$ZodIssue[], fieldOf: (path: string) => string): DecodeFailure => ({
  errorClass: "SchemaViolation",
  errorMessage: issues.map((issue) => `${fieldOf(issue.path.join("."))}: ${issue.message}`).join("; "),
});

/** Turns one Kafka record into an envelope, or says precisely why it cannot be one. */
export function decodeEnvelope(record: Pick<KafkaMessage, "value">): DecodedEnvelope {
  if (!record.value || record.value.length === 0) {
    return { ok: false, errorClass: "EmptyRecord", errorMessage: "record has no value" };
  }
  let json: unknown;
  try {
    json = JSON.parse(record.value.toString("utf8"));
  } catch (error) {
    return { ok: false, errorClass: "MalformedJson", errorMessage: (error as Error).message };
  }
  const result = envelopeSchema.safeParse(json);
  if (!result.success) return { ok: false, ...violation(result.error.issues, (path) => path || "(record)") };
  return { ok: true, envelope: result.data };
}

/** Checks an envelope's payload against its type's schema; a failure names each field as `payload.<path>`. */
export function decodePayload<S extends z.ZodType>(schema: S, payload: unknown): { ok: true; payload: z.infer<S> } | ({ ok: false } & DecodeFailure) {
  const result = schema.safeParse(payload);
  return result.success ? { ok: true, payload: result.data } : { ok: false, ...violation(result.error.issues, (path) => `payload.${path}`) };
}
