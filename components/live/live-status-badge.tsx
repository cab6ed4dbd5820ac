"use client";

import { useLiveStatus } from "./live-status-store";

/** Tells the operator whether what they see updates by itself. */
export function LiveStatusBadge() {
  const connected = useLiveStatus((state) => state.connected);
  return (
    <span data-testid="live-status" className="flex items-center gap-1.5 text-xs text-slate-500" title={connected ? "Updates arrive as the worker writes" : "Live updates are reconnecting; refreshing every 5 s meanwhile"}>
      <span aria-hidden className={`h-2 w-2 rounded-full ${connected ? "bg-emerald-500" : "animate-pulse bg-amber-500"}`} />
      {connected ? "Live" : "Reconnecting…"}
    </span>
  );
}
