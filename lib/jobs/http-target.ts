import { z } from "zod";

/** Where the http step and the notification task send their request; shared so both validate alike. */
export const httpTargetShape = {
  url: z.url({ protocol: /^https?$/, error: "an http(s) URL" }),
  headers: z.record(z.string().regex(/^[A-Za-z0-9-]+$/, "a header name"), z.string().max(2000)).default({}),
  timeoutMs: z.number().int().min(100).max(60_000).default(10_000),
};
