import { z } from "zod";

export const MAX_MESSAGES_PER_PAGE = 100;
export const DEFAULT_MESSAGES_PER_PAGE = 20;

/** Kafka's own rule for topic names: anything else names no topic (404), without asking Kafka. */
export const topicNameSchema = z.string().regex(/^[A-Za-z0-9._-]{1,249}$/);

const filterShape = {
  partition: z.coerce.number().int().min(0).optional(),
  /** With `partition`: messages at or before this offset. */
  offset: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  /** Messages at or before this time. */
  time: z.iso.datetime({ offset: true }).optional(),
  key: z.string().min(1).max(1000).optional(),
  /** Case-insensitive, in the value's text. */
  contains: z.string().min(1).max(200).optional(),
};

function checkSeek(filter: { partition?: number; offset?: number; time?: string }, context: z.RefinementCtx) {
  if (filter.offset !== undefined && filter.partition === undefined) {
    context.addIssue({ code: "custom", message: "an offset means nothing without its partition", path: ["offset"] });
  }
  if (filter.offset !== undefined && filter.time !== undefined) {
    context.addIssue({ code: "custom", message: "seek by offset or by time, not both", path: ["time"] });
  }
}

/** Which messages of a topic: shared by the API, the page's filter form and its URL. */
export const messageFilterSchema = z.object(filterShape).superRefine(checkSeek);
export type MessageFilter = z.infer<typeof messageFilterSchema>;

export const messageQuerySchema = z
  .object({
    ...filterShape,
    limit: z.coerce.number().int().min(1).max(MAX_MESSAGES_PER_PAGE).default(DEFAULT_MESSAGES_PER_PAGE),
    cursor: z.string().optional(),
  })
  .superRefine(checkSeek);
export type MessageQuery = z.infer<typeof messageQuerySchema>;

const MAX_HEADERS = 50;

/**
 * A test message. A string value is sent as its text, `null` as a record without a value, any
 * other JSON as its JSON text: re-sending a shown message's `value` reproduces its bytes.
 */
export const produceMessageSchema = z.strictObject({
  /** Empty is a key too (Kafka tells it from none), so a shown message can be sent again as it was. */
  key: z.string().max(1000).optional(),
  value: z.json(),
  headers: z
    .record(z.string().min(1).max(200), z.string().max(10_000))
    .refine((headers) => Object.keys(headers).length <= MAX_HEADERS, { error: `at most ${MAX_HEADERS} headers` })
    .optional(),
});
export type ProduceMessageInput = z.infer<typeof produceMessageSchema>;
