"use client";

import { ListTable } from "@/components/ui/list-table";
import type { ApiKeyView } from "@/lib/api-keys/api-key-view";
import { ApiKeyRow } from "./api-key-row";

/** Every key, revoked ones included so their history stays readable; the active ones can be revoked. */
export function ApiKeyTable(props: { apiKeys: ApiKeyView[]; revokingId: string | undefined; onRevoke: (apiKey: ApiKeyView) => void }) {
  return (
    <ListTable columns={["Name", "Key", "Scopes", "Created", "Last used", "State", "Access"]}>
      {props.apiKeys.map((apiKey) => (
        <ApiKeyRow key={apiKey.id} apiKey={apiKey} busy={props.revokingId === apiKey.id} onRevoke={() => props.onRevoke(apiKey)} />
      ))}
    </ListTable>
  );
}
