import { CompactTable } from "@/components/ui/compact-table";
import { ExpandableCard } from "@/components/ui/expandable-card";
import type { TopicSummary } from "@/lib/kafka/topic-summaries";

export function TopicCard({ topic }: { topic: TopicSummary }) {
  const summary = (
    <>
      <span className="break-all font-medium">{topic.topic}</span>
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
      <CompactTable
        columns={["Partition", "Leader", "Replicas", "Start offset", "End offset", "Retained"]}
        rows={topic.partitions.map((partition) => ({
          key: partition.partition,
          cells: [partition.partition, partition.leader, partition.replicas, partition.low, partition.high, partition.messages.toLocaleString("en")],
        }))}
      />
    </ExpandableCard>
  );
}
