import type { Metadata } from "next";
import { apiKeyListKey } from "@/components/admin/api-keys/api-key-queries";
import { ApiKeys } from "@/components/admin/api-keys/api-keys";
import { AdminPage } from "@/components/admin/admin-page";
import { PrefetchedFirstPage, wholeList } from "@/components/ui/prefetched-first-page";
import { listApiKeys } from "@/lib/api-keys";
import { db } from "@/lib/server/db";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "API keys" };

const intro = "Keys let services call the API without signing in, each only within its scopes. No key can manage users or keys.";

export default async function ApiKeysPage() {
  await requirePageUser("admin");
  return (
    <AdminPage title="API keys" intro={intro}>
      <PrefetchedFirstPage queryKey={apiKeyListKey} load={() => wholeList(listApiKeys(db()))}>
        <ApiKeys />
      </PrefetchedFirstPage>
    </AdminPage>
  );
}
