import Link from "next/link";
import { CompactTable } from "@/components/ui/compact-table";
import { ExpandableCard } from "@/components/ui/expandable-card";
import type { ConsumerGroupView } from "@/lib/kafka/consumer-groups";

export function ConsumerGroupCard({ group, open = false }: { group: ConsumerGroupView; open?: boolean }) {
  const summary = (
    <>
      <Link
        href={`/consumers/${encodeURIComponent(group.groupId)}`}
        className="break-all font-medium text-indigo-700 hover:underline dark:text-indigo-300"
      >
        {group.groupId}
      </Link>
      <span className="text-sm text-slate-500">{group.state}</span>
      <span className="text-sm text-slate-500">
        {group.members.length} member{group.members.length === 1 ? "" : "s"}
      </span>
      <span className={`ml-auto text-sm ${group.totalLag > 0 ? "font-semibold text-amber-700 dark:text-amber-400" : "text-slate-500"}`}>
        lag {group.totalLag.toLocaleString("en")}
      </span>
    </>
  );
  return (
    <ExpandableCard testId={`consumer-group-${group.groupId}`} open={open} summary={summary}>
      <CompactTable
        columns={["Topic", "Partition", "Committed", "End", "Lag"]}
        rows={group.partitions.map((partition) => ({
          key: `${partition.topic}:${partition.partition}`,
          cells: [partition.topic, partition.partition, partition.committed ?? "—", partition.end, partition.lag.toLocaleString("en")],
        }))}
      />
    </ExpandableCard>
  );
}
