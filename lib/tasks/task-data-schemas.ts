import { z } from "zod";
import { payloadSchema } from "../events/envelope";
import { eventFilterSchema } from "../events/schemas";
import { httpTargetShape } from "../jobs/http-target";

/**
 * What each task type's `data` must be. Apart from the handlers so the create form can check a
 * task in the browser without loading what the handlers run.
 */

/** HTML5's rule: it admits local names such as streamops@localhost, which test and internal mail use. */
const address = z.email({ pattern: z.regexes.html5Email });

/** Enough for a team's distribution; more is a mailing, which the operator's relay is not here for. */
export const MAX_EMAIL_RECIPIENTS = 10;

export const emailDataSchema = z.strictObject({
  to: z.union([address.transform((one) => [one]), z.array(address).min(1).max(MAX_EMAIL_RECIPIENTS)]),
  /** Refused by name rather than as an unknown field: callers used to set it, and must learn why it went. */
  from: z.never({ error: "the sender is set by the server (EMAIL_FROM)" }).optional(),
  subject: z.string().min(1).max(500).regex(/^[^\r\n]*$/, "a single line"),
  /** The plain-text body; `{{name}}` placeholders are filled from `variables`. */
  text: z.string().max(100_000),
  html: z.string().max(200_000).optional(),
  variables: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});

export const notificationDataSchema = z.strictObject({ ...httpTargetShape, payload: payloadSchema.default({}) });

export const exportDataSchema = z.strictObject({
  filter: eventFilterSchema.strict().default({}),
  format: z.enum(["csv", "json"]).default("csv"),
});
