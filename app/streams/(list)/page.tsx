import type { Metadata } from "next";
import { TopicCard } from "@/components/streams/topic-card";
import { LoadedList } from "@/components/ui/loaded-list";
import { listTopicSummaries } from "@/lib/kafka/topic-summaries";
import { loadOrError } from "@/lib/load-or-error";
import { withKafkaAdmin } from "@/lib/server/kafka";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "Streams" };

export default async function StreamsPage() {
  await requirePageUser();
  const result = await loadOrError(() => withKafkaAdmin(listTopicSummaries));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Streams</h1>
      <p className="text-sm text-slate-500">Every topic on the cluster with its partitions and offsets, read from Kafka when the page loads.</p>
      <LoadedList
        result={result}
        failure="Could not read topics from Kafka"
        empty="No topics yet. `npm start` (or `npm run setup`) creates StreamOps' topics."
        render={(topic) => <TopicCard key={topic.topic} topic={topic} />}
      />
    </div>
  );
}
