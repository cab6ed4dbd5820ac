import { isIP } from "node:net";
import { AddressRanges, classifyAddress, type Cidr } from "./address-ranges";

export type PortRange = { from: number; to: number };

/** What the operator allows outbound calls (http steps, notification tasks) to reach. */
export type OutboundPolicy = {
  /** HTTP_ALLOWED_HOSTS: exact names, or `*.example.com` for subdomains. */
  allowedHosts: readonly string[];
  /** HTTP_ALLOWED_PORTS. */
  allowedPorts: readonly PortRange[];
  /** HTTP_ALLOWED_PRIVATE_RANGES: special-purpose addresses an operator opted in to (e.g. a receiver on 127.0.0.1). */
  privateRanges: AddressRanges;
};

export type OutboundSettings = { HTTP_ALLOWED_HOSTS: string[]; HTTP_ALLOWED_PORTS: PortRange[]; HTTP_ALLOWED_PRIVATE_RANGES: Cidr[] };

export const outboundPolicy = (env: OutboundSettings): OutboundPolicy => ({
  allowedHosts: env.HTTP_ALLOWED_HOSTS,
  allowedPorts: env.HTTP_ALLOWED_PORTS,
  privateRanges: new AddressRanges(env.HTTP_ALLOWED_PRIVATE_RANGES),
});

/** `443` or `8000-8999`; null when it is neither. */
export function parsePortRange(text: string): PortRange | null {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  return from >= 1 && from <= to && to <= 65_535 ? { from, to } : null;
}

/** A URL the policy allows: `hostname` is what to resolve (an IPv6 literal without its brackets). */
export type OutboundTarget = { url: URL; hostname: string; port: number };

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const DEFAULT_PORT: Record<string, number> = { "http:": 80, "https:": 443 };

/**
 * Everything about a URL that can be checked without the network: http(s) only, no credentials
 * in it, an allowed host and port, and, when the host is an address, an address calls may reach.
 */
export function checkTarget(text: string, policy: OutboundPolicy): Checked<OutboundTarget> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: "not a URL" };
  }
  if (!(url.protocol in DEFAULT_PORT)) return { ok: false, reason: "only http and https URLs are allowed" };
  if (url.username || url.password) return { ok: false, reason: "credentials in the URL are not allowed; send them in headers" };
  if (!isHostAllowed(url.hostname, policy.allowedHosts)) {
    return { ok: false, reason: `host is not in HTTP_ALLOWED_HOSTS (${policy.allowedHosts.join(", ") || "empty"})` };
  }
  const port = url.port ? Number(url.port) : DEFAULT_PORT[url.protocol]!;
  if (!policy.allowedPorts.some(({ from, to }) => port >= from && port <= to)) {
    return { ok: false, reason: `port ${port} is not in HTTP_ALLOWED_PORTS` };
  }
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const refusal = isIP(hostname) ? addressRefusal(hostname, policy) : null;
  if (refusal) return { ok: false, reason: `${hostname} is ${refusal}` };
  return { ok: true, value: { url, hostname, port } };
}

/** Whether a host (or a mail domain) is in a list of exact names and `*.example.com` wildcards. */
export function isHostAllowed(hostname: string, allowedHosts: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return allowedHosts.some((entry) => {
    const allowed = entry.toLowerCase();
    return allowed.startsWith("*.") ? host.endsWith(allowed.slice(1)) : host === allowed;
  });
}

/**
 * Why a call may not connect to `address` ("in a blocked range (loopback), ..."), or null when it
 * may: public addresses always, special ones (loopback, private, link-local, ...) only inside
 * HTTP_ALLOWED_PRIVATE_RANGES.
 */
export function addressRefusal(address: string, policy: OutboundPolicy): string | null {
  const found = classifyAddress(address);
  if (found.kind === "invalid") return "not a plain IP address";
  if (found.kind === "public" || policy.privateRanges.includes(found.address, found.family)) return null;
  return `in a blocked range (${found.range}) and not in HTTP_ALLOWED_PRIVATE_RANGES`;
}
