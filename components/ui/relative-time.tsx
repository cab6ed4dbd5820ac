"use client";

import { useSyncExternalStore } from "react";
import { relativeTime } from "@/lib/client/relative-time";
import { formatUtc } from "@/lib/format-utc";

const TICK_MS = 15_000;
const subscribe = (onTick: () => void) => {
  const timer = setInterval(onTick, TICK_MS);
  return () => clearInterval(timer);
};
/** Coarse, so every read within one tick agrees. */
const clock = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;
const noClockOnServer = () => null;

/**
 * "3 minutes ago", with the exact UTC time on hover and, unless `inline`, beneath it. The server
 * cannot know when the page is read, so it renders the exact time only and the browser adds the
 * relative one after hydration.
 */
export function RelativeTime({ iso, inline = false }: { iso: string; inline?: boolean }) {
  const now = useSyncExternalStore(subscribe, clock, noClockOnServer);
  const exact = formatUtc(iso);
  const relative = now === null ? null : relativeTime(iso, now);
  if (inline) {
    return (
      <time dateTime={iso} title={exact}>
        {relative ?? exact}
      </time>
    );
  }
  return (
    <time dateTime={iso} title={exact} className="block">
      {relative === null ? null : <span className="block">{relative}</span>}
      <span className="block text-xs text-slate-500">{exact}</span>
    </time>
  );
}
