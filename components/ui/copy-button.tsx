"use client";

import { useEffect, useState } from "react";

type CopyState = "idle" | "copied" | "failed";

const SHOW_RESULT_MS = 2_000;
const said: Record<CopyState, string> = { idle: "", copied: "Copied", failed: "Could not copy" };

/**
 * Copies `value` to the clipboard. The outcome shows on the button for a moment and goes to a
 * polite live region, so screen readers hear "Copied" too.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), SHOW_RESULT_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      // Missing outside secure contexts, where it throws like a refused write.
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <>
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={`Copy ${label}`}
        title={`Copy ${label}`}
        className="inline-flex shrink-0 items-center gap-1 rounded px-1 py-0.5 font-sans text-xs text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:hover:bg-slate-800 dark:hover:text-slate-100"
      >
        <svg aria-hidden viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" className="h-3.5 w-3.5">
          {state === "copied" ? <path d="m3 8.5 3 3 7-7" /> : <path d="M5.5 5.5V3.5a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M3.5 5.5h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-6a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1Z" />}
        </svg>
        {state === "idle" ? null : <span aria-hidden>{said[state]}</span>}
      </button>
      <span aria-live="polite" className="sr-only">
        {said[state]}
      </span>
    </>
  );
}
