import { LiveStatusBadge } from "@/components/live/live-status-badge";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { Brand } from "./brand";
import { MainNav } from "./main-nav";

/** The wide-screen navigation, fixed beside the page while it scrolls. */
export function Sidebar() {
  return (
    <aside className="sticky top-0 hidden h-screen w-56 shrink-0 flex-col gap-6 border-r border-slate-200 bg-white px-3 py-5 dark:border-slate-800 dark:bg-slate-900 lg:flex">
      <div className="px-3">
        <Brand />
      </div>
      <MainNav />
      <div className="mt-auto space-y-3 px-1">
        <ThemeToggle />
        <div className="px-2">
          <LiveStatusBadge />
        </div>
      </div>
    </aside>
  );
}
