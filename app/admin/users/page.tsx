import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { userListKey } from "@/components/admin/users/user-queries";
import { Users } from "@/components/admin/users/users";
import { PrefetchedFirstPage, wholeList } from "@/components/ui/prefetched-first-page";
import { db } from "@/lib/server/db";
import { requirePageUser } from "@/lib/server/page-user";
import { listUsers } from "@/lib/users";

export const metadata: Metadata = { title: "Users" };

const intro =
  "Who can sign in, and what they may do: a viewer reads, an operator also replays, retries and creates jobs, an admin also manages users, API keys and the audit log. A change takes effect on the person's next request.";

export default async function UsersPage() {
  await requirePageUser("admin");
  return (
    <AdminPage title="Users" intro={intro}>
      <PrefetchedFirstPage queryKey={userListKey} load={() => wholeList(listUsers(db()))}>
        <Users />
      </PrefetchedFirstPage>
    </AdminPage>
  );
}
