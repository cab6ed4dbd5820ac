import { parseOrThrow } from "@/lib/errors";
import { eventFilterSchema, exportEventsCsv } from "@/lib/events";
import { route } from "@/lib/http/route";
import { searchParams } from "@/lib/http/search-params";
import { db } from "@/lib/server/db";

/** CSV of the processed events matching the same filters as GET /api/events (up to 100,000). */
export const GET = route("read", async (request) => {
  const filter = parseOrThrow(eventFilterSchema, searchParams(request));
  return new Response(exportEventsCsv(db(), filter), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="events-${new Date().toISOString().slice(0, 19).replaceAll(":", "")}.csv"`,
    },
  });
});
