"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { fetchJson } from "@/lib/client/fetch-json";
import { toFieldErrors } from "@/lib/errors";
import { DEFAULT_MESSAGES_PER_PAGE, messageFilterSchema, type MessageFilter, type ProduceMessageInput } from "@/lib/streams/schemas";
import { MessageCard } from "./message-card";
import { MessageFilterForm } from "./message-filter-form";
import { streamMessagesKey, streamMessagesUrl, type FilterValues, type MessagePage } from "./stream-message-queries";
import { LoadMoreButton } from "@/components/ui/load-more-button";

export function MessageBrowser(props: {
  topic: string;
  filter: FilterValues;
  busy: boolean;
  /** Absent for viewers: the cards then offer no Re-produce. */
  onReproduce?: (input: ProduceMessageInput) => void;
}) {
  const { topic, filter } = props;
  const router = useRouter();
  const pathname = usePathname();
  const valid = messageFilterSchema.safeParse(filter);
  const list = useInfiniteQuery({
    queryKey: streamMessagesKey(topic, filter),
    queryFn: ({ pageParam }) => fetchJson<MessagePage>(streamMessagesUrl(topic, filter, pageParam)),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: valid.success,
  });
  const apply = (next: MessageFilter) => {
    const query = new URLSearchParams(Object.entries(next).map(([name, value]) => [name, String(value)])).toString();
    router.push(query ? `${pathname}?${query}` : pathname);
  };
  const messages = list.data?.pages.flatMap((page) => page.items) ?? [];
  const lastPage = list.data?.pages.at(-1);
  // A scan budget ran out before the page filled: there may be more matches further back.
  const stoppedEarly = lastPage?.nextCursor && lastPage.items.length < DEFAULT_MESSAGES_PER_PAGE;

  return (
    <section className="space-y-4">
      <MessageFilterForm key={JSON.stringify(filter)} values={filter} onSubmit={apply} />
      {!valid.success ? (
        <p role="alert" className="text-sm text-rose-600">
          This filter cannot be applied: {toFieldErrors(valid.error).map((error) => `${error.path}: ${error.message}`).join("; ")}
        </p>
      ) : list.isPending ? (
        <div aria-label="Loading messages" className="space-y-2">
          {[0, 1, 2].map((row) => (
            <div key={row} className="h-14 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          ))}
        </div>
      ) : list.isError ? (
        <div role="alert" className="rounded border border-rose-300 p-4 text-sm text-rose-700">
          Could not load messages: {list.error.message}{" "}
          <button type="button" className="underline" onClick={() => void list.refetch()}>
            Try again
          </button>
        </div>
      ) : messages.length === 0 && !list.hasNextPage ? (
        <EmptyState>{Object.keys(filter).length > 0 ? "No message matches this filter." : "This topic has no messages yet."}</EmptyState>
      ) : (
        <div className="space-y-2">
          {messages.map((message) => (
            <MessageCard
              key={`${message.partition}-${message.offset}`}
              message={message}
              busy={props.busy}
              onReproduce={props.onReproduce}
            />
          ))}
        </div>
      )}
      {stoppedEarly ? (
        <p className="text-xs text-slate-500">Looked at {lastPage.scanned.toLocaleString("en")} records for the last page; older ones may match too.</p>
      ) : null}
      <LoadMoreButton list={list} label="Load older" />
    </section>
  );
}
