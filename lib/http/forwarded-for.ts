import { BlockList, isIP } from "node:net";

/** `::ffff:192.0.2.1` (how a dual-stack socket reports an IPv4 caller) as `192.0.2.1`; null if it is no address. */
export function normalizeAddress(value: string | undefined): string | null {
  const address = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return address && isIP(address) ? address : null;
}

/**
 * The trusted proxies from a comma-separated list of addresses and CIDR blocks
 * (`10.0.0.0/8, ::1`); throws naming the first entry that is neither.
 */
export function parseTrustedProxies(list: string): BlockList {
  const trusted = new BlockList();
  for (const entry of list.split(",").map((part) => part.trim()).filter(Boolean)) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (!family || rest.length > 0 || (prefix !== undefined && !/^\d+$/.test(prefix)) || !Number.isInteger(bits) || bits > (family === 6 ? 128 : 32)) {
      throw new Error(`"${entry}" is not an IP address or CIDR block`);
    }
    trusted.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return trusted;
}

const isTrusted = (trusted: BlockList, address: string) => trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * The caller's address: the socket's peer, unless that peer is a trusted proxy; then
 * X-Forwarded-For is read from its end (the entry the nearest proxy appended) back past every
 * trusted proxy, and the first address not trusted is the caller. Entries further left were
 * written by whoever is not trusted, so they are never read. An entry that is no address stops
 * the walk at the trusted hop that passed it on.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: BlockList): string | null {
  let address = normalizeAddress(peer);
  if (!address || !forwardedFor) return address;
  const hops = forwardedFor.split(",");
  while (isTrusted(trusted, address) && hops.length > 0) {
    const next = normalizeAddress(hops.pop());
    if (!next) break;
    address = next;
  }
  return address;
}
