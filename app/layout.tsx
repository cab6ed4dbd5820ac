import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { MobileNav } from "@/components/shell/mobile-nav";
import { Sidebar } from "@/components/shell/sidebar";
import { ThemeScript } from "@/components/theme/theme-script";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "StreamOps", template: "%s · StreamOps" },
  description: "Operations dashboard for event-driven systems",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets <html>'s class before React hydrates; that difference is expected.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <Providers>
          <div className="lg:flex">
            <Sidebar />
            <div className="min-w-0 flex-1">
              <MobileNav />
              <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</main>
            </div>
          </div>
        </Providers>
      </body>
    </html>
  );
}
