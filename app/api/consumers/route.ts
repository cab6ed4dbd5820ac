import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { listConsumerGroups } from "@/lib/kafka/consumer-groups";
import { withKafkaAdmin } from "@/lib/server/kafka";

/** Consumer groups with lag; one page, since a cluster has few groups and Kafka gives no cursor. */
export const GET = route("read", async () => NextResponse.json({ items: await withKafkaAdmin(listConsumerGroups), nextCursor: null }));
