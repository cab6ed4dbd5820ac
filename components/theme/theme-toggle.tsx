"use client";

import * as ToggleGroup from "@radix-ui/react-toggle-group";
import { themeChoices, useTheme, type ThemeChoice } from "./theme-store";

const labels: Record<ThemeChoice, string> = { light: "Light", dark: "Dark", system: "System" };

/** Light, dark or the system's: a radio group, so arrow keys move between the three. */
export function ThemeToggle() {
  const theme = useTheme((state) => state.theme);
  const setTheme = useTheme((state) => state.setTheme);
  return (
    <ToggleGroup.Root
      type="single"
      value={theme}
      // Radix offers "" when the pressed item is clicked again; a theme is always chosen.
      onValueChange={(value) => value && setTheme(value as ThemeChoice)}
      aria-label="Theme"
      className="grid grid-cols-3 rounded-md border border-slate-200 p-0.5 text-xs dark:border-slate-700"
    >
      {themeChoices.map((choice) => (
        <ToggleGroup.Item
          key={choice}
          value={choice}
          className="rounded px-2 py-1 text-slate-600 hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 data-[state=on]:bg-slate-100 data-[state=on]:font-medium data-[state=on]:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100 dark:data-[state=on]:bg-slate-800 dark:data-[state=on]:text-slate-100"
        >
          {labels[choice]}
        </ToggleGroup.Item>
      ))}
    </ToggleGroup.Root>
  );
}
