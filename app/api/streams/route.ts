import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { listTopicSummaries } from "@/lib/kafka/topic-summaries";
import { withKafkaAdmin } from "@/lib/server/kafka";

/** Topics with partitions and offsets; one page, since Kafka gives no cursor over topics. */
export const GET = route("read", async () => NextResponse.json({ items: await withKafkaAdmin(listTopicSummaries), nextCursor: null }));
