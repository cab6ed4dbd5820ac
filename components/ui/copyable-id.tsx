import { CopyButton } from "./copy-button";

/** An id in monospace with its copy button; `noun` names it for screen readers ("event id"). */
export function CopyableId({ id, noun }: { id: string; noun: string }) {
  return (
    <span className="inline-flex max-w-full items-center gap-1 font-mono text-xs text-slate-500">
      <span className="break-all">{id}</span>
      <CopyButton value={id} label={noun} />
    </span>
  );
}
