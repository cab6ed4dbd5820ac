import { webEnv } from "@/lib/env/web-env";
import { parseOrThrow } from "@/lib/errors";
import { eventFilterSchema, exportEventsCsv, exportLimitsFrom } from "@/lib/events";
import { route } from "@/lib/http/route";
import { searchParams } from "@/lib/http/search-params";
import { textStream } from "@/lib/http/text-stream";
import { db } from "@/lib/server/db";
import { limitConcurrency } from "@/lib/server/concurrency-limits";

/** CSV of the processed events matching the same filters as GET /api/events (up to EXPORT_MAX_ROWS / EXPORT_MAX_BYTES). */
export const GET = route(
  "read",
  limitConcurrency("export", async (request) => {
    const filter = parseOrThrow(eventFilterSchema, searchParams(request));
    return new Response(textStream(exportEventsCsv(db(), filter, exportLimitsFrom(webEnv()))), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="events-${new Date().toISOString().slice(0, 19).replaceAll(":", "")}.csv"`,
      },
    });
  }),
);
