"use client";

import { useState } from "react";
import { ListTable } from "@/components/ui/list-table";
import type { ApiKeyView } from "@/lib/api-keys/api-key-view";
import { ApiKeyRow } from "./api-key-row";

/** Every key, revoked ones included so their history stays readable; the active ones can be revoked. */
export function ApiKeyTable(props: { apiKeys: ApiKeyView[]; revokingId: string | undefined; onRevoke: (apiKey: ApiKeyView) => void }) {
  // Whether a key has expired is judged once, when the table first shows: rows do not change under the reader.
  const [readAt] = useState(Date.now);
  return (
    <ListTable columns={["Name", "Key", "Scopes", "Created", "Last used", "State", "Expires", "Access"]}>
      {props.apiKeys.map((apiKey) => (
        <ApiKeyRow key={apiKey.id} apiKey={apiKey} busy={props.revokingId === apiKey.id} readAt={readAt} onRevoke={() => props.onRevoke(apiKey)} />
      ))}
    </ListTable>
  );
}
