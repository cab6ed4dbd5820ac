"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import { applyStoredTheme, THEME_STORAGE_KEY } from "./apply-stored-theme";

export const themeChoices = ["light", "dark", "system"] as const;
export type ThemeChoice = (typeof themeChoices)[number];

type ThemeState = { theme: ThemeChoice; setTheme: (theme: ThemeChoice) => void };

/**
 * The operator's theme, kept in localStorage. It hydrates only once mounted (ThemeSync), so the
 * server's render and the browser's first render agree; the page's colours never wait for it,
 * since the inline script has already applied them.
 */
export const useTheme = create<ThemeState>()(
  persist(
    (set) => ({
      theme: "system",
      setTheme: (theme) => {
        set({ theme });
        // Persisting is synchronous, so the stored entry already holds the new choice.
        applyStoredTheme(THEME_STORAGE_KEY);
      },
    }),
    { name: THEME_STORAGE_KEY, partialize: ({ theme }) => ({ theme }), skipHydration: true },
  ),
);
