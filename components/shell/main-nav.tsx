"use client";

import { useHasRole } from "@/components/auth/signed-in-user";
import { NavLink } from "./nav-link";

const pages = [
  { href: "/", label: "Overview" },
  { href: "/events", label: "Events" },
  { href: "/streams", label: "Streams" },
  { href: "/consumers", label: "Consumers" },
  { href: "/workflows", label: "Workflows" },
  { href: "/tasks", label: "Tasks" },
  { href: "/dlq", label: "Dead letters" },
];

const adminPages = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/api-keys", label: "API keys" },
  { href: "/admin/audit", label: "Audit log" },
];

/** Every page the signed-in person may open; `onNavigate` lets the mobile menu close once one is chosen. */
export function MainNav({ onNavigate }: { onNavigate?: () => void }) {
  const isAdmin = useHasRole("admin");
  return (
    <nav aria-label="Main" className="space-y-4">
      <NavList links={pages} onNavigate={onNavigate} />
      {isAdmin && (
        <div>
          <p className="px-3 pb-1 text-xs font-medium uppercase tracking-wide text-slate-400">Admin</p>
          <NavList links={adminPages} onNavigate={onNavigate} />
        </div>
      )}
    </nav>
  );
}

function NavList({ links, onNavigate }: { links: { href: string; label: string }[]; onNavigate?: () => void }) {
  return (
    <ul className="space-y-0.5">
      {links.map((page) => (
        <li key={page.href}>
          <NavLink href={page.href} onNavigate={onNavigate}>
            {page.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
