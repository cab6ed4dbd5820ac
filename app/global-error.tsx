"use client";

import "@fontsource-variable/inter";
import "./globals.css";
import { useEffect } from "react";
import { applyStoredTheme, THEME_STORAGE_KEY } from "@/components/theme/apply-stored-theme";
import { ErrorPanel } from "@/components/ui/error-panel";

/** When the root layout itself fails. It replaces that layout, theme script included, so it applies the theme itself. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => applyStoredTheme(THEME_STORAGE_KEY), []);
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <title>Something went wrong · StreamOps</title>
        <main className="mx-auto max-w-xl px-4 py-16">
          <ErrorPanel error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
