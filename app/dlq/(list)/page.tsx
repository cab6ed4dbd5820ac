import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { DeadLetters } from "@/components/dead-letters/dead-letters";
import { DEAD_LETTER_FILTERS, deadLetterListKey, PAGE_SIZE, parseStatusFilter } from "@/components/dead-letters/dead-letter-queries";
import { StatusTabs } from "@/components/dead-letters/status-tabs";
import { UrlFilterForm } from "@/components/ui/url-filter-form";
import { pickFilter } from "@/lib/client/list-url";
import { deadLetterListQuerySchema, listDeadLetters } from "@/lib/dead-letters";
import { toFieldErrors } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "Dead letters" };

const filterFields = [
  { name: "topic", label: "Topic" },
  { name: "errorClass", label: "Error class" },
  { name: "key", label: "Key" },
  { name: "from", label: "Failed from (ISO time)" },
  { name: "to", label: "Failed until (ISO time)" },
];

export default async function DeadLettersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requirePageUser();
  const params = await searchParams;
  const status = parseStatusFilter(params.status);
  const filter = pickFilter(params, DEAD_LETTER_FILTERS);
  const query = deadLetterListQuerySchema.safeParse({ ...filter, status: status === "all" ? undefined : status, limit: PAGE_SIZE });
  const queryClient = new QueryClient();
  if (query.success) {
    // A failed prefetch leaves the cache empty; the browser then fetches and shows its own error.
    await queryClient.prefetchInfiniteQuery({
      queryKey: deadLetterListKey(status, filter),
      queryFn: () => listDeadLetters(db(), query.data),
      initialPageParam: undefined,
    });
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Dead letters</h1>
      <StatusTabs current={status} filter={filter} />
      <UrlFilterForm action="/dlq" fields={filterFields} values={filter} keep={{ status }} errors={query.success ? [] : toFieldErrors(query.error)} />
      {query.success ? (
        <HydrationBoundary state={dehydrate(queryClient)}>
          <DeadLetters status={status} filter={filter} />
        </HydrationBoundary>
      ) : null}
    </div>
  );
}
