import Link from "next/link";

/** The way back from a detail page to its list. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
      ← {children}
    </Link>
  );
}
