import Link from "next/link";
import { TableHead } from "@/components/ui/table-head";
import type { ConsumerGroupView } from "@/lib/kafka/consumer-groups";

export function ConsumerGroupCard({ group, open = false }: { group: ConsumerGroupView; open?: boolean }) {
  return (
    <details
      open={open}
      data-testid={`consumer-group-${group.groupId}`}
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <summary className="flex cursor-pointer flex-wrap items-center gap-x-4 gap-y-1">
        <Link href={`/consumers/${encodeURIComponent(group.groupId)}`} className="break-all font-medium text-indigo-700 hover:underline dark:text-indigo-300">
          {group.groupId}
        </Link>
        <span className="text-sm text-slate-500">{group.state}</span>
        <span className="text-sm text-slate-500">
          {group.members.length} member{group.members.length === 1 ? "" : "s"}
        </span>
        <span className={`ml-auto text-sm ${group.totalLag > 0 ? "font-semibold text-amber-700" : "text-slate-500"}`}>
          lag {group.totalLag.toLocaleString("en")}
        </span>
      </summary>
      <table className="mt-3 w-full text-left text-sm">
        <TableHead columns={["Topic", "Partition", "Committed", "End", "Lag"]} />
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {group.partitions.map((partition) => (
            <tr key={`${partition.topic}:${partition.partition}`}>
              <td className="py-1 pr-3 break-all">{partition.topic}</td>
              <td className="py-1 pr-3">{partition.partition}</td>
              <td className="py-1 pr-3">{partition.committed ?? "—"}</td>
              <td className="py-1 pr-3">{partition.end}</td>
              <td className="py-1 pr-3">{partition.lag.toLocaleString("en")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
