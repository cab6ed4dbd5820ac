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
});

export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;
