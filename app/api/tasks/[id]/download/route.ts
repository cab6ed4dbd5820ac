import { route } from "@/lib/http/route";
import { textStream } from "@/lib/http/text-stream";
import { limitConcurrency } from "@/lib/server/concurrency-limits";
import { db } from "@/lib/server/db";
import { getTaskFile, readTaskFileChunks } from "@/lib/tasks";

/** The file an export task wrote, as an attachment, streamed chunk by chunk. */
export const GET = route<{ id: string }>(
  "read",
  limitConcurrency("export", async (_request, context) => {
    const file = await getTaskFile(db(), context.params.id);
    return new Response(textStream(readTaskFileChunks(db(), file)), {
      headers: {
        "content-type": file.contentType,
        "content-length": String(file.bytes),
        "content-disposition": `attachment; filename="${file.filename}"`,
      },
    });
  }),
);
