import { CopyableId } from "@/components/ui/copyable-id";
import { JsonBlock } from "@/components/ui/json-block";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AuditView } from "@/lib/audit/audit-view";

/**
 * One audited act. Names and details come from requests (a key's name, a refused path), so they
 * are only ever rendered as text; a refusal is tinted so it stands out in a long list.
 */
export function AuditRow({ entry }: { entry: AuditView }) {
  const refused = entry.outcome === "refused";
  return (
    <tr data-testid={`audit-${entry.id}`} data-outcome={entry.outcome} className={`align-top ${refused ? "bg-rose-50 dark:bg-rose-950/30" : ""}`}>
      <td className="py-2 pr-3 text-xs">
        <RelativeTime iso={entry.at} />
      </td>
      <td className="py-2 pr-3">
        <div className="break-all font-medium">{entry.actor.name}</div>
        <div className="text-xs text-slate-500">{entry.actor.type}</div>
      </td>
      <td className="py-2 pr-3 font-mono text-xs">{entry.action}</td>
      <td className="py-2 pr-3">
        <StatusBadge status={entry.outcome} />
      </td>
      <td className="py-2 pr-3 text-xs">
        {entry.target ? (
          <>
            <div>{entry.target.type}</div>
            <CopyableId id={entry.target.id} noun="target id" />
          </>
        ) : (
          "—"
        )}
      </td>
      <td className="py-2 pr-3 text-xs">
        <CopyableId id={entry.requestId} noun="request id" />
        <div className="text-slate-500">from {entry.clientAddress ?? "an unknown address"}</div>
      </td>
      <td className="min-w-48 py-2">
        <JsonBlock value={entry.details} label="Details" />
      </td>
    </tr>
  );
}
