import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { LiveStatusBadge } from "@/components/live/live-status-badge";
import { NavLink } from "@/components/nav-link";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "StreamOps", template: "%s · StreamOps" },
  description: "Operations dashboard for event-driven systems",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <div className="mx-auto flex max-w-6xl items-center gap-6 px-6 py-4">
            <span className="text-lg font-semibold tracking-tight">StreamOps</span>
            <nav aria-label="Main" className="flex gap-2">
              <NavLink href="/">Overview</NavLink>
              <NavLink href="/events">Events</NavLink>
              <NavLink href="/streams">Streams</NavLink>
              <NavLink href="/consumers">Consumers</NavLink>
              <NavLink href="/workflows">Workflows</NavLink>
              <NavLink href="/tasks">Tasks</NavLink>
              <NavLink href="/dlq">Dead letters</NavLink>
            </nav>
            <span className="ml-auto">
              <LiveStatusBadge />
            </span>
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-6 py-8">
          <Providers>{children}</Providers>
        </main>
      </body>
    </html>
  );
}
