import { z } from "zod";

/** Headers the request itself is framed and routed by: the client sets them, a caller may not. */
const RESERVED_HEADERS = new Set(["host", "content-length", "transfer-encoding", "connection", "keep-alive", "upgrade", "te", "trailer", "expect", "proxy-authorization", "proxy-connection"]);

const headerName = z
  .string()
  .regex(/^[A-Za-z0-9-]+$/, "a header name")
  .refine((name) => !RESERVED_HEADERS.has(name.toLowerCase()), "set by the client itself");

/** Tabs and visible Latin-1 only: line breaks would split the header, and the wire format has no other characters. */
const headerValue = z.string().max(2000).regex(/^[\t\x20-\x7e\x80-\xff]*$/, "a header value: Latin-1 text without line breaks or other control characters");

/** Where the http step and the notification task send their request; shared so both validate alike. */
export const httpTargetShape = {
  url: z.url({ protocol: /^https?$/, error: "an http(s) URL" }),
  headers: z
    .record(headerName, headerValue, {
      // Name the key's own problem ("set by the client itself") rather than zod's "Invalid key in record".
      error: (issue) => (issue.code === "invalid_key" ? issue.issues[0]?.message : undefined),
    })
    .default({}),
  timeoutMs: z.number().int().min(100).max(60_000).default(10_000),
};
