"use client";

import { checkboxClass } from "@/components/forms/field";

/** Ticks every selectable letter on the page; half-ticked when only some are. */
export function SelectAllCheckbox({ ids, selected, onChange }: { ids: string[]; selected: ReadonlySet<string>; onChange: (selected: boolean) => void }) {
  const chosen = ids.filter((id) => selected.has(id)).length;
  return (
    <input
      type="checkbox"
      aria-label="Select all on this page"
      className={checkboxClass}
      disabled={ids.length === 0}
      checked={ids.length > 0 && chosen === ids.length}
      // "Some but not all" exists only as a DOM property, not as an attribute React could set.
      ref={(box) => {
        if (box) box.indeterminate = chosen > 0 && chosen < ids.length;
      }}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
