import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { serverConsumerGroups } from "@/lib/server/consumer-groups";

/** Consumer groups with lag; one page, since a cluster has few groups and Kafka gives no cursor. */
export const GET = route(async () => NextResponse.json({ items: await serverConsumerGroups(), nextCursor: null }));
