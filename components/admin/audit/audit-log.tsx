"use client";

import { PagedList } from "@/components/ui/paged-list";
import { ListTable } from "@/components/ui/list-table";
import { usePagedQuery } from "@/components/ui/use-paged-query";
import type { AuditView } from "@/lib/audit/audit-view";
import { auditListKey, auditListUrl, type AuditFilter } from "./audit-queries";
import { AuditRow } from "./audit-row";

/** The audit log, newest first, a page at a time. */
export function AuditLog({ filter }: { filter: AuditFilter }) {
  const list = usePagedQuery<AuditView>(auditListKey(filter), auditListUrl(filter));
  const filtered = Object.keys(filter).length > 0;
  return (
    <PagedList
      list={list}
      noun="audit entries"
      empty={filtered ? "No audit entry matches this filter." : "Nothing audited yet: sign-ins, changes to users and keys, replays and refused requests show here."}
    >
      {(entries) => (
        <ListTable columns={["Time", "Actor", "Action", "Outcome", "Target", "Request", "Details"]}>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </ListTable>
      )}
    </PagedList>
  );
}
