import { route } from "@/lib/http/route";
import { db } from "@/lib/server/db";
import { getTaskFile } from "@/lib/tasks";

/** The file an export task wrote, as an attachment. */
export const GET = route<{ id: string }>("read", async (_request, context) => {
  const file = await getTaskFile(db(), context.params.id);
  return new Response(file.body, {
    headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"` },
  });
});
