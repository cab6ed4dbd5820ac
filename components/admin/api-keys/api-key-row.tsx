"use client";

import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ApiKeyView } from "@/lib/api-keys/api-key-view";
import { RevokeKeyButton } from "./revoke-key-button";

/** Revoked, expired (by the time the list was read) or active. */
const stateOf = (apiKey: ApiKeyView, readAt: number) =>
  apiKey.revokedAt ? "revoked" : apiKey.expiresAt && Date.parse(apiKey.expiresAt) <= readAt ? "expired" : "active";

export function ApiKeyRow({ apiKey, busy, readAt, onRevoke }: { apiKey: ApiKeyView; busy: boolean; readAt: number; onRevoke: () => void }) {
  const state = stateOf(apiKey, readAt);
  return (
    <tr data-testid={`api-key-${apiKey.id}`} className="align-top">
      <td className="break-all py-2 pr-3 font-medium">{apiKey.name}</td>
      <td className="py-2 pr-3">
        <code className="text-xs">{apiKey.prefix}…</code>
      </td>
      <td className="py-2 pr-3 font-mono text-xs">{apiKey.scopes.join(", ")}</td>
      <td className="py-2 pr-3 text-xs">
        <RelativeTime iso={apiKey.createdAt} />
      </td>
      <td className="py-2 pr-3 text-xs">{apiKey.lastUsedAt ? <RelativeTime iso={apiKey.lastUsedAt} /> : "never"}</td>
      <td className="py-2 pr-3 text-xs">
        <StatusBadge status={state} testId={`api-key-state-${apiKey.id}`} />
        {apiKey.revokedAt ? <RelativeTime iso={apiKey.revokedAt} /> : null}
      </td>
      <td className="py-2 pr-3 text-xs">{apiKey.expiresAt ? <RelativeTime iso={apiKey.expiresAt} /> : "no expiry"}</td>
      <td className="py-2">{apiKey.revokedAt ? null : <RevokeKeyButton apiKey={apiKey} busy={busy} onConfirm={onRevoke} />}</td>
    </tr>
  );
}
