"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useState } from "react";
import { LiveStatusBadge } from "@/components/live/live-status-badge";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { Brand } from "./brand";
import { MainNav } from "./main-nav";
import { UserMenu } from "./user-menu";

const iconButton =
  "rounded-md p-2 text-slate-600 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:text-slate-300 dark:hover:bg-slate-800";

/** The narrow-screen bar: the menu opens the navigation as a panel that traps focus until closed. */
export function MobileNav() {
  const [open, setOpen] = useState(false);
  return (
    <header className="sticky top-0 z-30 flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900 lg:hidden">
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger className={iconButton} aria-label="Open menu">
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5">
            <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />
          </svg>
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
          <Dialog.Content
            aria-describedby={undefined}
            className="fixed inset-y-0 left-0 z-50 flex w-64 flex-col gap-6 bg-white px-3 py-4 shadow-xl focus:outline-none dark:bg-slate-900 dark:text-slate-100"
          >
            <div className="flex items-center justify-between px-3">
              <Dialog.Title asChild>
                <h2>
                  <Brand />
                </h2>
              </Dialog.Title>
              <Dialog.Close className={iconButton} aria-label="Close menu">
                <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5">
                  <path d="M5.3 4 10 8.6 14.7 4 16 5.3 11.4 10l4.6 4.7-1.3 1.3-4.7-4.6L5.3 16 4 14.7 8.6 10 4 5.3z" />
                </svg>
              </Dialog.Close>
            </div>
            <MainNav onNavigate={() => setOpen(false)} />
            <div className="mt-auto space-y-3 px-1">
              <UserMenu />
              <ThemeToggle />
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      <Brand />
      <span className="ml-auto">
        <LiveStatusBadge />
      </span>
    </header>
  );
}
