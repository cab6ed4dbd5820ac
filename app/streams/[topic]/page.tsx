import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PartitionTable } from "@/components/streams/partition-table";
import { filterValues, streamMessagesKey } from "@/components/streams/stream-message-queries";
import { TopicMessages } from "@/components/streams/topic-messages";
import { NotFoundError } from "@/lib/errors";
import { isProductTopic } from "@/lib/topics";
import type { TopicSummary } from "@/lib/kafka/topic-summaries";
import { withKafkaAdmin } from "@/lib/server/kafka";
import { streamDeps } from "@/lib/server/stream-deps";
import { topics } from "@/lib/server/topics";
import { browseMessages, getTopic, messageQuerySchema } from "@/lib/streams";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "Topic" };

/** The topic's summary, or what went wrong reading it; a topic that does not exist is a 404 page. */
async function loadTopic(topic: string): Promise<{ data: TopicSummary } | { error: string }> {
  try {
    return { data: await withKafkaAdmin((admin) => getTopic(admin, topic)) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    return { error: (error as Error).message };
  }
}

export default async function TopicPage(props: {
  params: Promise<{ topic: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageUser();
  const topic = decodeURIComponent((await props.params).topic);
  const filter = filterValues(await props.searchParams);
  const queryClient = new QueryClient();
  const query = messageQuerySchema.safeParse(filter);
  const [summary] = await Promise.all([
    loadTopic(topic),
    // A failed prefetch leaves the cache empty; the browser then fetches and shows its own error.
    query.success &&
      queryClient.prefetchInfiniteQuery({
        queryKey: streamMessagesKey(topic, filter),
        queryFn: () => browseMessages(streamDeps(), topic, query.data),
        initialPageParam: undefined,
      }),
  ]);
  return (
    <div className="space-y-6">
      <Link href="/streams" className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
        ← Streams
      </Link>
      <h1 className="break-all text-2xl font-semibold tracking-tight">{topic}</h1>
      <section className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 className="text-sm font-semibold">Partitions</h2>
        {"data" in summary ? (
          <PartitionTable partitions={summary.data.partitions} />
        ) : (
          <p role="alert" className="mt-2 text-sm text-rose-600">
            Could not read the topic from Kafka: {summary.error}
          </p>
        )}
      </section>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TopicMessages topic={topic} filter={filter} productTopic={isProductTopic(topics(), topic)} />
      </HydrationBoundary>
    </div>
  );
}
