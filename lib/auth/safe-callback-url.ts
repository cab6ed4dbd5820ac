/** Where to go after sign-in: only a path on this site, so a crafted link cannot send people elsewhere. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value.startsWith("/login") ? "/" : value;
}
