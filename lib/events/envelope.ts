import { z } from "zod";

export const SCHEMA_VERSION = 1;

export const eventTypeSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_.:-]+$/, "letters, digits and . _ : - only");

const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Any JSON object. Checked without walking its keys: parsed JSON has only string keys anyway. */
export const payloadSchema = z.custom<Record<string, unknown>>(isJsonObject, { error: "expected a JSON object" });

/** The one message shape on every StreamOps topic (DESIGN.md: "The envelope"). */
export const envelopeSchema = z.object({
  eventId: z.uuid(),
  eventType: eventTypeSchema,
  timestamp: z.iso.datetime({ offset: true }),
  source: z.string().min(1).max(200),
  key: z.string().min(1).max(500),
  payload: payloadSchema,
  schemaVersion: z.literal(SCHEMA_VERSION),
});

export type Envelope = z.infer<typeof envelopeSchema>;
