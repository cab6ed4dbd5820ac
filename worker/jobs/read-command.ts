import type { KafkaMessage } from "kafkajs";
import type { z } from "zod";
import type { Envelope } from "../../lib/events/envelope";
import type { BatchDeps, Origin, Retry } from "../batch-deps";
import { deadLetterRejections } from "../dead-letter";
import { decodeRecord } from "../decode-record";

type Schemas = Record<string, z.ZodType>;

export type Command<S extends Schemas> = {
  [Type in keyof S & string]: { eventType: Type; payload: z.infer<S[Type]>; envelope: Envelope };
}[keyof S & string];

/**
 * Decodes a record into one of the commands this consumer handles. Records of other event types
 * (lifecycle events meant for observers) are skipped; a record that cannot be decoded goes to the
 * dead-letter queue, since nothing could ever process it. Both answer undefined.
 */
export async function readCommand<S extends Schemas>(
  deps: BatchDeps,
  origin: Origin,
  message: KafkaMessage,
  schemas: S,
  retry: Retry,
): Promise<Command<S> | undefined> {
  const decoded = decodeRecord(message);
  if (!decoded.ok) {
    await deadLetterRejections(deps, origin, [{ message, ...decoded }], retry);
    return undefined;
  }
  const { envelope } = decoded;
  const schema = schemas[envelope.eventType];
  if (!schema) return undefined;
  const payload = schema.safeParse(envelope.payload);
  if (!payload.success) {
    const errorMessage = payload.error.issues.map((issue) => `payload.${issue.path.join(".")}: ${issue.message}`).join("; ");
    await deadLetterRejections(deps, origin, [{ message, errorClass: "SchemaViolation", errorMessage }], retry);
    return undefined;
  }
  return { eventType: envelope.eventType, payload: payload.data, envelope } as Command<S>;
}
