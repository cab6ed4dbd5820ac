"use client";

import { secondaryButtonClass } from "@/components/forms/field";
import { CopyButton } from "@/components/ui/copy-button";
import type { CreatedApiKey } from "./api-key-queries";

/**
 * A new key's token, shown this once: the server keeps only its hash, so it cannot be shown again.
 * It lives in this component's state only, and is gone on "Done" or when the page is left.
 */
export function NewKeyToken({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  return (
    <section
      aria-labelledby="new-key-heading"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/40"
    >
      <h2 id="new-key-heading" className="text-sm font-semibold">
        The key {created.name}
      </h2>
      <p className="text-sm">
        Copy it now: <strong>you will not see it again.</strong> StreamOps keeps only a hash of it; if it is lost, revoke it and create
        another.
      </p>
      <div className="flex items-center gap-2 rounded border border-slate-200 bg-white p-2 dark:border-slate-800 dark:bg-slate-900">
        <code data-testid="new-api-key-token" className="break-all text-sm">
          {created.token}
        </code>
        <CopyButton value={created.token} label="the new API key" />
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Send it with each request as <code>Authorization: Bearer &lt;key&gt;</code>.
      </p>
      <button type="button" className={secondaryButtonClass} onClick={onDone}>
        Done, I have copied it
      </button>
    </section>
  );
}
