"use client";

import { create } from "zustand";

type SelectionState = {
  selected: ReadonlySet<string>;
  select: (ids: string[], selected: boolean) => void;
  clear: () => void;
};

/** The dead letters ticked for a bulk replay. UI state only: the letters themselves live in react-query. */
export const useDeadLetterSelection = create<SelectionState>((set) => ({
  selected: new Set(),
  select: (ids, selected) =>
    set((state) => {
      const next = new Set(state.selected);
      for (const id of ids) {
        if (selected) next.add(id);
        else next.delete(id);
      }
      return { selected: next };
    }),
  clear: () => set({ selected: new Set() }),
}));
