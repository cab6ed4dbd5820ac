const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A cookie travels with requests other sites make, so a change made with one must come from a
 * page of ours: its Origin must be the app's own (APP_URL, or else this request's host). Browsers
 * send Origin on every cross-site and every non-GET fetch; a change without one is refused too.
 */
export function isSameOriginChange(request: Request, appUrl: string | undefined): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  const origin = request.headers.get("origin");
  if (!origin || !URL.canParse(origin)) return false;
  if (appUrl) return new URL(origin).origin === new URL(appUrl).origin;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  return host !== null && new URL(origin).host === host;
}
