"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ApiKeyView } from "@/lib/api-keys/api-key-view";

const dangerButtonClass =
  "rounded border border-rose-600 bg-rose-600 px-3 py-1 text-sm font-medium text-white hover:bg-rose-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-rose-500 disabled:cursor-not-allowed disabled:opacity-40";

/** Revoking cannot be undone and cuts off whatever still sends the key, so it asks first. */
export function RevokeKeyButton({ apiKey, busy, onConfirm }: { apiKey: ApiKeyView; busy: boolean; onConfirm: () => void }) {
  return (
    <ConfirmDialog
      trigger={busy ? "Revoking…" : "Revoke"}
      triggerLabel={`Revoke ${apiKey.name}`}
      triggerClassName={dangerButtonClass}
      disabled={busy}
      title={`Revoke ${apiKey.name}?`}
      description={`Requests with ${apiKey.prefix}… are refused from now on. This cannot be undone: a client that still needs access gets a new key.`}
      confirm="Revoke key"
      confirmClassName={dangerButtonClass}
      onConfirm={onConfirm}
    />
  );
}
