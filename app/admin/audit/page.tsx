import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { AuditLog } from "@/components/admin/audit/audit-log";
import { AUDIT_FILTERS, auditListKey, PAGE_SIZE } from "@/components/admin/audit/audit-queries";
import { PrefetchedFirstPage } from "@/components/ui/prefetched-first-page";
import { UrlFilterForm, type FilterField } from "@/components/ui/url-filter-form";
import { auditActions, auditListQuerySchema, listAudit } from "@/lib/audit";
import { pickFilter } from "@/lib/client/list-url";
import { auditOutcomes } from "@/lib/db";
import { toFieldErrors } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "Audit log" };

const filterFields: FilterField[] = [
  { name: "action", label: "Action", options: auditActions },
  { name: "outcome", label: "Outcome", options: auditOutcomes },
  { name: "actor", label: "Actor (name starts with)" },
  { name: "from", label: "From (ISO time)" },
  { name: "to", label: "Until (ISO time)" },
];

const intro =
  "Who did or tried what, newest first: sign-ins, changes to users and keys, replays, cancels and retries, and every refused request. Nothing here can be edited or deleted.";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requirePageUser("admin");
  const filter = pickFilter(await searchParams, AUDIT_FILTERS);
  const query = auditListQuerySchema.safeParse({ ...filter, limit: PAGE_SIZE });
  return (
    <AdminPage title="Audit log" intro={intro}>
      <UrlFilterForm action="/admin/audit" fields={filterFields} values={filter} errors={query.success ? [] : toFieldErrors(query.error)} />
      {query.success ? (
        <PrefetchedFirstPage queryKey={auditListKey(filter)} load={() => listAudit(db(), query.data)}>
          <AuditLog filter={filter} />
        </PrefetchedFirstPage>
      ) : null}
    </AdminPage>
  );
}
