import { primaryButtonClass } from "./field";

/** A form's submit button, which says the form is being sent and cannot be pressed twice meanwhile. */
export function SubmitButton({ busy, busyLabel, children }: { busy: boolean; busyLabel: string; children: string }) {
  return (
    <button type="submit" disabled={busy} className={primaryButtonClass}>
      {busy ? busyLabel : children}
    </button>
  );
}
