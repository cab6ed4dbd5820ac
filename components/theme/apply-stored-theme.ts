/** Where the theme store keeps the operator's choice; the inline script reads the same entry. */
export const THEME_STORAGE_KEY = "streamops-theme";

/**
 * Puts the stored choice (light, dark, or system when none) on <html> as the `dark` class.
 * It must stay self-contained: the root layout inlines its source into <head>, so the class is
 * right before the first paint and a dark page never flashes white.
 */
export function applyStoredTheme(storageKey: string): void {
  let choice: unknown;
  try {
    choice = JSON.parse(localStorage.getItem(storageKey) ?? "{}").state?.theme;
  } catch {
    // Storage blocked or garbled: follow the system.
  }
  const dark = choice === "dark" || (choice !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}
