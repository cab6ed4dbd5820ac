import Link from "next/link";
import type { ReactNode } from "react";

/** One hop of a record's lineage: what it is, and a link to it. */
export function LineageLink({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  return (
    <li className="text-sm">
      <span className="text-slate-500">{label} </span>
      <Link href={href} className="break-all font-mono text-indigo-700 hover:underline dark:text-indigo-300">
        {children}
      </Link>
    </li>
  );
}
