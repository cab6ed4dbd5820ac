import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SignedInUserProvider } from "@/components/auth/signed-in-user";
import { LiveUpdates } from "@/components/live/live-updates";
import { MobileNav } from "@/components/shell/mobile-nav";
import { Sidebar } from "@/components/shell/sidebar";
import { ThemeScript } from "@/components/theme/theme-script";
import { currentUser } from "@/lib/server/page-user";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "StreamOps", template: "%s · StreamOps" },
  description: "Operations dashboard for event-driven systems",
};

/**
 * The dashboard's frame for a signed-in person; the sign-in page (and anything shown to someone
 * not signed in) stands alone. This only shapes the page: each page checks access itself.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, requestHeaders] = await Promise.all([currentUser(), headers()]);
  return (
    // The theme script sets <html>'s class before React hydrates; that difference is expected.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript nonce={requestHeaders.get("x-nonce") ?? undefined} />
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <Providers>
          {user ? (
            <SignedInUserProvider user={{ email: user.email, role: user.role }}>
              <LiveUpdates />
              <div className="lg:flex">
                <Sidebar />
                <div className="min-w-0 flex-1">
                  <MobileNav />
                  <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</main>
                </div>
              </div>
            </SignedInUserProvider>
          ) : (
            <main className="mx-auto max-w-md px-4 py-16">{children}</main>
          )}
        </Providers>
      </body>
    </html>
  );
}
