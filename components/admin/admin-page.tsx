import type { ReactNode } from "react";

/** The frame of an admin page: its title, a line on what it is for, then its content. */
export function AdminPage({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-sm text-slate-500">{intro}</p>
      {children}
    </div>
  );
}
