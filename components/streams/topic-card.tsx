import Link from "next/link";
import { ExpandableCard } from "@/components/ui/expandable-card";
import type { TopicSummary } from "@/lib/kafka/topic-summaries";
import { PartitionTable } from "./partition-table";

export function TopicCard({ topic }: { topic: TopicSummary }) {
  const summary = (
    <>
      <Link href={`/streams/${encodeURIComponent(topic.topic)}`} className="break-all font-medium text-indigo-700 hover:underline dark:text-indigo-300">
        {topic.topic}
      </Link>
      <span className="text-sm text-slate-500">
        {topic.partitions.length} partition{topic.partitions.length === 1 ? "" : "s"}
      </span>
      <span className="ml-auto text-sm text-slate-500">
        {topic.messages.toLocaleString("en")} retained · {topic.endOffsetSum.toLocaleString("en")} written
      </span>
    </>
  );
  return (
    <ExpandableCard testId={`topic-${topic.topic}`} summary={summary}>
      <PartitionTable partitions={topic.partitions} />
    </ExpandableCard>
  );
}
