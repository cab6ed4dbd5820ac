import { NonRetryableError } from "./job-error";

/** Whether a URL's host is on the allowlist: exact names, or `*.example.com` for subdomains. */
export function isHostAllowed(url: string, allowedHosts: readonly string[]): boolean {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return allowedHosts.some((entry) => {
    const allowed = entry.toLowerCase();
    return allowed.startsWith("*.") ? hostname.endsWith(allowed.slice(1)) : hostname === allowed;
  });
}

/**
 * fetch for steps and tasks that call out: only allowlisted hosts, and no redirects, since a
 * redirect could lead anywhere the allowlist forbids.
 */
export function createAllowedFetch(allowedHosts: readonly string[]) {
  return async (url: string, init: RequestInit): Promise<Response> => {
    if (!isHostAllowed(url, allowedHosts)) {
      throw new NonRetryableError(`host of ${url} is not in HTTP_ALLOWED_HOSTS`);
    }
    return fetch(url, { ...init, redirect: "manual" });
  };
}
