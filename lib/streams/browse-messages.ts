import type { Admin } from "kafkajs";
import { isProductTopic } from "../topics";
import { withWindowReader, type ReadWindows } from "../kafka/window-reader";
import { decodePositions, encodePositions } from "./browse-cursor";
import { browseRanges } from "./browse-ranges";
import { maskedRecord } from "./masked-record";
import { messageMatcher } from "./message-matcher";
import { streamMessageView, type StreamMessage } from "./message-view";
import { requireTopic } from "./require-topic";
import { scanNewestFirst } from "./scan-newest-first";
import type { MessageQuery } from "./schemas";
import type { StreamDeps } from "./stream-deps";

/** Offsets looked at per request at most: a rare key costs a bounded read, and paging goes on from there. */
export const MAX_SCANNED = 5000;
/** Longer than one admin request: joining a group and reading up to MAX_SCANNED records. */
const BROWSE_TIMEOUT_MS = 8000;

export type MessagePage = { items: StreamMessage[]; nextCursor: string | null; scanned: number };

/** Where a seek or a cursor starts reading, per partition (exclusive); none means from the end. */
async function seekPositions(admin: Admin, topic: string, query: MessageQuery): Promise<Map<number, number> | undefined> {
  if (query.cursor) return decodePositions(query.cursor);
  if (query.offset !== undefined) return new Map([[query.partition!, query.offset + 1]]);
  if (query.time === undefined) return undefined;
  // The first offset stamped after the time, per partition; a partition with none answers its end.
  const later = await admin.fetchTopicOffsetsByTimestamp(topic, Date.parse(query.time) + 1);
  return new Map(later.map(({ partition, offset }) => [partition, Number(offset)]));
}

/**
 * One page of a topic's messages, newest first across partitions, matching the query's filter.
 * StreamOps' own topics carry step options and task data: their records are masked as they are read.
 */
export async function browseMessages(deps: Omit<StreamDeps, "producer">, topic: string, query: MessageQuery): Promise<MessagePage> {
  return deps.withAdmin(async (admin) => {
    await requireTopic(admin, topic);
    const offsets = await admin.fetchTopicOffsets(topic);
    const ranges = browseRanges(offsets, { partition: query.partition, uppers: await seekPositions(admin, topic, query) });
    const reader = {
      kafka: deps.kafka,
      admin,
      topic,
      partitions: offsets.map((entry) => entry.partition),
      signal: AbortSignal.timeout(BROWSE_TIMEOUT_MS),
      logger: deps.logger,
    };
    const masked = isProductTopic(deps.topics, topic);
    const page = await withWindowReader(reader, (read: ReadWindows) =>
      scanNewestFirst({
        ranges,
        limit: query.limit,
        maxScanned: MAX_SCANNED,
        matches: messageMatcher(query),
        read: masked ? async (windows) => (await read(windows)).map(maskedRecord) : read,
      }),
    );
    return { items: page.items.map(streamMessageView), nextCursor: encodePositions(page.next), scanned: page.scanned };
  }, BROWSE_TIMEOUT_MS);
}
