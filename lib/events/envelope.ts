import { z } from "zod";

export const SCHEMA_VERSION = 1;

export const eventTypeSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_.:-]+$/, "letters, digits and . _ : - only");

export const payloadSchema = z.record(z.string(), z.unknown());

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
