import { z } from "zod";
import { parseTrustedProxies } from "../http/forwarded-for";
import { requestLimitsShape } from "./request-limits";

/** What server.ts reads before Next.js starts: where to listen, whose forwarding to believe, and how much to hold. */
export const httpServerEnvSchema = z.object({
  ...requestLimitsShape,
  PORT: z.coerce.number().int().positive().default(3000),
  /**
   * Proxies (addresses or CIDR blocks, comma-separated) whose X-Forwarded-For is believed. Empty by
   * default: the app is reached directly, and the caller is the socket's peer whatever it claims.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((list, context) => {
      try {
        return parseTrustedProxies(list);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
});
