"use client";

import { useState } from "react";
import { useCreate } from "@/components/forms/use-create";
import { FeedbackMessage } from "@/components/ui/feedback-message";
import { PagedList } from "@/components/ui/paged-list";
import { Section } from "@/components/ui/section";
import { usePagedQuery } from "@/components/ui/use-paged-query";
import { useReportedMutation } from "@/components/ui/use-reported-mutation";
import type { ApiKeyView } from "@/lib/api-keys/api-key-view";
import { fetchJson } from "@/lib/client/fetch-json";
import { API_KEYS_KEY, API_KEYS_URL, apiKeyListKey, type CreatedApiKey } from "./api-key-queries";
import { ApiKeyTable } from "./api-key-table";
import { NewApiKeyForm } from "./new-api-key-form";
import { NewKeyToken } from "./new-key-token";

/** The API keys page's interactive part: the new-key form, the new key's token once, and the list. */
export function ApiKeys() {
  const list = usePagedQuery<ApiKeyView>(apiKeyListKey, () => API_KEYS_URL);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const create = useCreate<CreatedApiKey>({ noun: "API key", url: API_KEYS_URL, queryKey: API_KEYS_KEY, onCreated: setCreated });
  const { mutation: revoke, feedback } = useReportedMutation({
    queryKey: API_KEYS_KEY,
    mutationFn: (apiKey: ApiKeyView) => fetchJson<ApiKeyView>(`/api/api-keys/${apiKey.id}/revoke`, { method: "POST" }),
    success: (revoked) => `Revoked ${revoked.name}: requests with it are refused from now on.`,
    failure: (error, apiKey) => `Could not revoke ${apiKey.name}: ${error.message}`,
  });
  return (
    <div className="space-y-6">
      <Section title="Create an API key">
        <NewApiKeyForm onSubmit={create} />
      </Section>
      {created ? <NewKeyToken created={created} onDone={() => setCreated(null)} /> : null}
      <section className="space-y-4">
        <FeedbackMessage feedback={feedback} />
        <PagedList list={list} noun="API keys" empty="No API key yet. Create one for each service that sends events or reads through the API.">
          {(apiKeys) => (
            <ApiKeyTable apiKeys={apiKeys} revokingId={revoke.isPending ? revoke.variables?.id : undefined} onRevoke={(apiKey) => revoke.mutate(apiKey)} />
          )}
        </PagedList>
      </section>
    </div>
  );
}
