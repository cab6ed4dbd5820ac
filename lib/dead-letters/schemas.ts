import { z } from "zod";
import { deadLetterStatuses } from "../../drizzle/schema";
import { payloadSchema } from "../events/envelope";

const filterShape = {
  topic: z.string().min(1).max(300).optional(),
  errorClass: z.string().min(1).max(200).optional(),
  key: z.string().min(1).max(500).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
};

export const deadLetterListQuerySchema = z.object({
  ...filterShape,
  status: z.enum(deadLetterStatuses).optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type DeadLetterListQuery = z.infer<typeof deadLetterListQuerySchema>;

export const deadLetterFilterSchema = z.strictObject(filterShape);
export type DeadLetterFilter = z.infer<typeof deadLetterFilterSchema>;

/**
 * An operator may mend a record before it goes back: `payload` replaces the envelope's payload,
 * `value` replaces the whole record (for records that were never a valid envelope).
 */
export const replayEditSchema = z
  .strictObject({ payload: payloadSchema.optional(), value: z.json().optional() })
  .refine((edit) => edit.payload === undefined || edit.value === undefined, {
    error: "send either payload or value, not both",
    path: ["value"],
  });
export type ReplayEdit = z.infer<typeof replayEditSchema>;

export const MAX_BULK_IDS = 1000;

export const bulkReplaySchema = z.union(
  [
    z.strictObject({ ids: z.array(z.uuid()).min(1).max(MAX_BULK_IDS) }),
    z.strictObject({
      filter: deadLetterFilterSchema.refine((filter) => Object.keys(filter).length > 0, {
        error: "name at least one criterion; an empty filter would replay every pending letter",
        // An unknown field already says what is wrong; this would only repeat it less precisely.
        when: (payload) => payload.issues.length === 0,
      }),
    }),
  ],
  { error: "send { ids: [...] } or { filter: {...} }" },
);
export type BulkReplaySelection = z.infer<typeof bulkReplaySchema>;
