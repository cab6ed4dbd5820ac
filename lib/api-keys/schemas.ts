import { z } from "zod";
import { apiKeyScopes } from "./scopes";

export const createApiKeySchema = z.strictObject({
  // Shown in lists and the audit log: printable text only.
  name: z
    .string()
    .trim()
    .min(1, "Give the key a name")
    .max(100)
    .regex(/^[^\p{Cc}]*$/u, "No control characters"),
  scopes: z.array(z.enum(apiKeyScopes)).min(1, "Choose at least one scope").transform((scopes) => [...new Set(scopes)]),
  /** Left out, the key works until it is revoked; a key for a short job can end by itself. */
  expiresInDays: z.number().int("A whole number of days").min(1, "At least 1 day").max(3650, "At most 3650 days (ten years)").optional(),
});

export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;
