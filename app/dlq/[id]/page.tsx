import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { CopyButton } from "@/components/ui/copy-button";
import { DeadLetterDetailView } from "@/components/dead-letters/dead-letter-detail";
import { deadLetterDetailKey } from "@/components/dead-letters/dead-letter-queries";
import { getDeadLetter } from "@/lib/dead-letters";
import { NotFoundError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "Dead letter" };

export default async function DeadLetterPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser();
  const { id } = await params;
  const queryClient = new QueryClient();
  try {
    queryClient.setQueryData(deadLetterDetailKey(id), await getDeadLetter(db(), id));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    // Any other failure: the browser fetches again and shows its own error.
  }
  return (
    <div className="space-y-6">
      <BackLink href="/dlq">Dead letters</BackLink>
      <div className="flex items-center gap-2">
        <h1 className="break-all text-2xl font-semibold tracking-tight">Dead letter {id}</h1>
        <CopyButton value={id} label="dead-letter id" />
      </div>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <DeadLetterDetailView id={id} />
      </HydrationBoundary>
    </div>
  );
}
