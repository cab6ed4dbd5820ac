import { TableHead } from "@/components/ui/table-head";
import type { TopicSummary } from "@/lib/kafka/topic-summaries";

export function TopicCard({ topic }: { topic: TopicSummary }) {
  return (
    <details data-testid={`topic-${topic.topic}`} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <summary className="flex cursor-pointer flex-wrap items-center gap-x-4 gap-y-1">
        <span className="break-all font-medium">{topic.topic}</span>
        <span className="text-sm text-slate-500">
          {topic.partitions.length} partition{topic.partitions.length === 1 ? "" : "s"}
        </span>
        <span className="ml-auto text-sm text-slate-500">
          {topic.messages.toLocaleString("en")} retained · {topic.endOffsetSum.toLocaleString("en")} written
        </span>
      </summary>
      <table className="mt-3 w-full text-left text-sm">
        <TableHead columns={["Partition", "Leader", "Replicas", "Start offset", "End offset", "Retained"]} />
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {topic.partitions.map((partition) => (
            <tr key={partition.partition}>
              <td className="py-1 pr-3">{partition.partition}</td>
              <td className="py-1 pr-3">{partition.leader}</td>
              <td className="py-1 pr-3">{partition.replicas}</td>
              <td className="py-1 pr-3">{partition.low}</td>
              <td className="py-1 pr-3">{partition.high}</td>
              <td className="py-1 pr-3">{partition.messages.toLocaleString("en")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
