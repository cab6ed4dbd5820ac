import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import { DeadLetters } from "@/components/dead-letters/dead-letters";
import { deadLetterListKey, PAGE_SIZE, parseStatusFilter } from "@/components/dead-letters/dead-letter-queries";
import { StatusTabs } from "@/components/dead-letters/status-tabs";
import { listDeadLetters } from "@/lib/dead-letters";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Dead letters" };

export default async function DeadLettersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await connection();
  const status = parseStatusFilter((await searchParams).status);
  const queryClient = new QueryClient();
  // A failed prefetch leaves the cache empty; the browser then fetches and shows its own error.
  await queryClient.prefetchInfiniteQuery({
    queryKey: deadLetterListKey(status),
    queryFn: () => listDeadLetters(db(), { status: status === "all" ? undefined : status, limit: PAGE_SIZE }),
    initialPageParam: undefined,
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Dead letters</h1>
      <StatusTabs current={status} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <DeadLetters status={status} />
      </HydrationBoundary>
    </div>
  );
}
