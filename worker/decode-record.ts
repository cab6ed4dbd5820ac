import type { KafkaMessage } from "kafkajs";
import { envelopeSchema, type Envelope } from "../lib/events/envelope";

export type DecodeFailure = { errorClass: "EmptyRecord" | "MalformedJson" | "SchemaViolation"; errorMessage: string };

export type Decoded = { ok: true; envelope: Envelope } | ({ ok: false } & DecodeFailure);

/** Turns one Kafka record into an envelope, or says precisely why it cannot be one. */
export function decodeRecord(message: Pick<KafkaMessage, "value">): Decoded {
  if (!message.value || message.value.length === 0) {
    return { ok: false, errorClass: "EmptyRecord", errorMessage: "record has no value" };
  }
  let json: unknown;
  try {
    json = JSON.parse(message.value.toString("utf8"));
  } catch (error) {
    return { ok: false, errorClass: "MalformedJson", errorMessage: (error as Error).message };
  }
  const result = envelopeSchema.safeParse(json);
  if (!result.success) {
    const errorMessage = result.error.issues
      .map((issue) => `${issue.path.join(".") || "(record)"}: ${issue.message}`)
      .join("; ");
    return { ok: false, errorClass: "SchemaViolation", errorMessage };
  }
  return { ok: true, envelope: result.data };
}
