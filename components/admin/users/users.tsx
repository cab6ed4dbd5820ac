"use client";

import { useCreate } from "@/components/forms/use-create";
import { FeedbackMessage } from "@/components/ui/feedback-message";
import { PagedList } from "@/components/ui/paged-list";
import { Section } from "@/components/ui/section";
import { usePagedQuery } from "@/components/ui/use-paged-query";
import { useReportedMutation } from "@/components/ui/use-reported-mutation";
import type { UserView } from "@/lib/users/user-view";
import { NewUserForm } from "./new-user-form";
import { changeUser, describeChange, describeRefusal } from "./user-change";
import { userListKey, USERS_KEY, USERS_URL } from "./user-queries";
import { UserTable } from "./user-table";

/** The users page's interactive part: the new-user form and the list, where roles and access change. */
export function Users() {
  const list = usePagedQuery<UserView>(userListKey, () => USERS_URL);
  const create = useCreate<UserView>({ noun: "user", url: USERS_URL, queryKey: USERS_KEY });
  const { mutation: update, feedback } = useReportedMutation({
    queryKey: USERS_KEY,
    mutationFn: changeUser,
    success: describeChange,
    failure: describeRefusal,
  });
  return (
    <div className="space-y-6">
      <Section title="Add a user">
        <NewUserForm onSubmit={create} />
      </Section>
      <section className="space-y-4">
        <FeedbackMessage feedback={feedback} />
        <PagedList list={list} noun="users" empty="No user yet: add one above.">
          {(users) => (
            <UserTable users={users} pending={update.isPending ? update.variables : undefined} onChange={(user, change) => update.mutate({ user, change })} />
          )}
        </PagedList>
      </section>
    </div>
  );
}
