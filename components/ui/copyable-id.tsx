import Link from "next/link";
import { CopyButton } from "./copy-button";

/**
 * An id in monospace with its copy button; `noun` names it for screen readers ("event id"), and
 * `href`, when given, makes the id a link to its page.
 */
export function CopyableId({ id, noun, href }: { id: string; noun: string; href?: string }) {
  return (
    <span className="inline-flex max-w-full items-center gap-1 font-mono text-xs text-slate-500">
      {href ? (
        <Link href={href} className="break-all text-indigo-700 hover:underline dark:text-indigo-300">
          {id}
        </Link>
      ) : (
        <span className="break-all">{id}</span>
      )}
      <CopyButton value={id} label={noun} />
    </span>
  );
}
