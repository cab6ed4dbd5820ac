import type { Metadata } from "next";
import { connection } from "next/server";
import { TopicCard } from "@/components/streams/topic-card";
import { listTopicSummaries } from "@/lib/kafka/topic-summaries";
import { loadOrError } from "@/lib/load-or-error";
import { withKafkaAdmin } from "@/lib/server/kafka";

export const metadata: Metadata = { title: "Streams" };

export default async function StreamsPage() {
  await connection();
  const result = await loadOrError(() => withKafkaAdmin(listTopicSummaries));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Streams</h1>
      <p className="text-sm text-slate-500">Every topic on the cluster with its partitions and offsets, read from Kafka when the page loads.</p>
      {"error" in result ? (
        <p role="alert" className="text-sm text-rose-600">
          Could not read topics from Kafka: {result.error}
        </p>
      ) : result.data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-500 dark:border-slate-700">
          No topics yet. `npm start` (or `npm run setup`) creates StreamOps' topics.
        </p>
      ) : (
        <div className="space-y-3">
          {result.data.map((topic) => (
            <TopicCard key={topic.topic} topic={topic} />
          ))}
        </div>
      )}
    </div>
  );
}
