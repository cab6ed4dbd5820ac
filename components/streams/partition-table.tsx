import { CompactTable } from "@/components/ui/compact-table";
import type { TopicSummary } from "@/lib/kafka/topic-summaries";

export function PartitionTable({ partitions }: { partitions: TopicSummary["partitions"] }) {
  return (
    <CompactTable
      columns={["Partition", "Leader", "Replicas", "Start offset", "End offset", "Retained"]}
      rows={partitions.map((partition) => ({
        key: partition.partition,
        cells: [partition.partition, partition.leader, partition.replicas, partition.low, partition.high, partition.messages.toLocaleString("en")],
      }))}
    />
  );
}
