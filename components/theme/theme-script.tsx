import { applyStoredTheme, THEME_STORAGE_KEY } from "./apply-stored-theme";

const source = `(${applyStoredTheme.toString()})(${JSON.stringify(THEME_STORAGE_KEY)})`;

/**
 * Runs while <head> is parsed, before anything is painted. It changes <html>'s class before React
 * hydrates, which is why the layout's <html> carries suppressHydrationWarning.
 */
export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: source }} />;
}
