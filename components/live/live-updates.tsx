"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { LiveChange } from "@/lib/live/live-hub";
import { useLiveStatus } from "./live-status-store";

/** While the stream is down, react-query refetches on this interval instead. */
const FALLBACK_REFETCH_MS = 5_000;
/** Server-rendered parts re-render at most this often: each render may ask Kafka. */
const REFRESH_AT_MOST_EVERY_MS = 3_000;

/**
 * Listens to /api/live and invalidates the react-query caches of the topic that changed (query
 * keys start with the topic), and refreshes server-rendered data. If the stream drops, queries
 * refetch periodically until it is back; EventSource reconnects by itself.
 */
export function LiveUpdates() {
  const queryClient = useQueryClient();
  const router = useRouter();
  const setConnected = useLiveStatus((state) => state.setConnected);
  useEffect(() => {
    const fallback = (refetchInterval: number | false) =>
      queryClient.setDefaultOptions({ ...queryClient.getDefaultOptions(), queries: { ...queryClient.getDefaultOptions().queries, refetchInterval } });
    const source = new EventSource("/api/live");
    source.onopen = () => {
      setConnected(true);
      fallback(false);
      // Changes made before the stream (re)opened were not announced to this page: catch up once.
      void queryClient.invalidateQueries();
    };
    source.onerror = () => {
      setConnected(false);
      fallback(FALLBACK_REFETCH_MS);
    };
    let lastRefresh = 0;
    source.addEventListener("change", (event) => {
      const change = JSON.parse((event as MessageEvent<string>).data) as LiveChange;
      void queryClient.invalidateQueries({ queryKey: [change.topic] });
      if (Date.now() - lastRefresh >= REFRESH_AT_MOST_EVERY_MS) {
        lastRefresh = Date.now();
        router.refresh();
      }
    });
    fallback(FALLBACK_REFETCH_MS);
    return () => source.close();
  }, [queryClient, router, setConnected]);
  return null;
}
