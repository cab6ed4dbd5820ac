import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { withKafkaAdmin } from "@/lib/server/kafka";
import { getTopic } from "@/lib/streams";

/** One topic's partitions and offsets; 404 for a topic that does not exist (it is never created). */
export const GET = route<{ topic: string }>("read", async (_request, { params }) =>
  NextResponse.json(await withKafkaAdmin((admin) => getTopic(admin, params.topic))),
);
