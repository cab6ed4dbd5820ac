"use client";

import { useEffect } from "react";
import { applyStoredTheme, THEME_STORAGE_KEY } from "./apply-stored-theme";
import { useTheme } from "./theme-store";

/**
 * Loads the stored choice into the store once mounted, and re-applies it when the system switches
 * between light and dark ("system" follows it live) or another tab changes the choice.
 */
export function ThemeSync() {
  useEffect(() => {
    void useTheme.persist.rehydrate();
    const reapply = () => applyStoredTheme(THEME_STORAGE_KEY);
    const fromOtherTab = (event: StorageEvent) => {
      if (event.key !== THEME_STORAGE_KEY) return;
      void useTheme.persist.rehydrate();
      reapply();
    };
    const system = window.matchMedia("(prefers-color-scheme: dark)");
    system.addEventListener("change", reapply);
    window.addEventListener("storage", fromOtherTab);
    return () => {
      system.removeEventListener("change", reapply);
      window.removeEventListener("storage", fromOtherTab);
    };
  }, []);
  return null;
}
