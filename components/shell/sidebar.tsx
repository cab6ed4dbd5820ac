import { LiveStatusBadge } from "@/components/live/live-status-badge";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { Brand } from "./brand";
import { MainNav } from "./main-nav";
import { UserMenu } from "./user-menu";

/**
 * The wide-screen navigation. The outer column runs the page's full height with its border; the
 * inner one sticks to the viewport, so the links and the live badge stay in view while it scrolls.
 */
export function Sidebar() {
  return (
    <div className="hidden w-56 shrink-0 border-r border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 lg:block">
      <aside className="sticky top-0 flex h-screen flex-col gap-6 px-3 py-5">
        <div className="px-3">
          <Brand />
        </div>
        <MainNav />
        <div className="mt-auto space-y-3 px-1">
          <UserMenu />
          <ThemeToggle />
          <div className="px-2">
            <LiveStatusBadge />
          </div>
        </div>
      </aside>
    </div>
  );
}
