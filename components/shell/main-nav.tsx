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

/** Every page of the dashboard; `onNavigate` lets the mobile menu close once a page is chosen. */
export function MainNav({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <nav aria-label="Main">
      <ul className="space-y-0.5">
        {pages.map((page) => (
          <li key={page.href}>
            <NavLink href={page.href} onNavigate={onNavigate}>
              {page.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
