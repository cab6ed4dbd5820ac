"use client";

import { primaryButtonClass } from "@/components/forms/field";

/**
 * What a page shows when it could not be rendered. No message or stack: a server's would only be
 * a generic line, a browser's may expose internals. The digest finds the cause in the server log.
 */
export function ErrorPanel({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : null;
  return (
    <div role="alert" className="space-y-4 rounded-lg border border-rose-300 bg-white p-6 dark:border-rose-900 dark:bg-slate-900">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        This page could not be shown. It is often passing, such as the database restarting: trying again usually helps.
      </p>
      {digest ? (
        <p className="text-xs text-slate-500">
          Reference for the server log: <code>{digest}</code>
        </p>
      ) : null}
      <button type="button" onClick={retry} className={primaryButtonClass}>
        Try again
      </button>
    </div>
  );
}
