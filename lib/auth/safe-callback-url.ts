/** Stands in for the app's origin when none is configured: only the comparison of origins needs one. */
const PLACEHOLDER_ORIGIN = "http://streamops.invalid";

/**
 * Where to go after sign-in: a path on this site, so a crafted link cannot send people elsewhere.
 * The value is resolved as a browser would resolve it on our page (which drops tabs and newlines,
 * reads `\` as `/` and `//host` as another site) and kept only if it stays on our origin; what
 * is returned is that resolved path, so nothing is left for the browser to read differently.
 */
export function safeCallbackUrl(value: unknown, appOrigin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof value !== "string") return "/";
  const origin = new URL(appOrigin).origin;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  const path = url.pathname + url.search + url.hash;
  // A path that itself begins `//` (from `/.//host`) would leave the site once written into a page.
  if (url.origin !== origin || path.startsWith("//") || url.pathname === "/login") return "/";
  return path;
}
