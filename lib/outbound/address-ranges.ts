import { BlockList, isIP } from "node:net";

export type Cidr = { address: string; prefix: number; family: "ipv4" | "ipv6" };

/** `10.0.0.0/8` or `fd00::/8` (a bare address is its own /32 or /128); null when it is neither. */
export function parseCidr(text: string): Cidr | null {
  const [address = "", prefixText, ...rest] = text.trim().split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0 || address.includes("%")) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= max)) return null;
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

/**
 * A set of CIDR ranges. IPv4 and IPv6 ranges are kept apart because `net.BlockList` matches IPv4
 * addresses against IPv6 rules as `::ffff:a.b.c.d`: one IPv6 rule such as `::/8` would cover every
 * IPv4 address.
 */
export class AddressRanges {
  private readonly lists = { ipv4: new BlockList(), ipv6: new BlockList() };

  constructor(ranges: readonly Cidr[]) {
    for (const { address, prefix, family } of ranges) this.lists[family].addSubnet(address, prefix, family);
  }

  /** `address` must be a plain IP address of that family (see `classifyAddress`). */
  includes(address: string, family: "ipv4" | "ipv6"): boolean {
    return this.lists[family].check(address, family);
  }
}

const ranges = (entries: [string, string][]) =>
  entries.map(([cidr, name]) => ({ range: new AddressRanges([parseCidr(cidr)!]), name }));

/** IANA's special-purpose IPv4 ranges: none of them is a public host on the internet. */
const SPECIAL_IPV4 = ranges([
  ["0.0.0.0/8", "this network"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "shared address space (carrier-grade NAT)"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local (cloud metadata)"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "IETF protocol assignments"],
  ["192.0.2.0/24", "documentation"],
  ["192.88.99.0/24", "6to4 relay"],
  ["192.168.0.0/16", "private"],
  ["198.18.0.0/15", "benchmarking"],
  ["198.51.100.0/24", "documentation"],
  ["203.0.113.0/24", "documentation"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved and broadcast"],
]);

/** IPv6 addresses that carry an IPv4 address in their last 32 bits, which is where they lead. */
const IPV4_CARRIERS = ranges([
  ["::ffff:0:0/96", "IPv4-mapped"],
  ["64:ff9b::/96", "NAT64"],
]);

const GLOBAL_UNICAST_IPV6 = new AddressRanges([parseCidr("2000::/3")!]);

/** Special-purpose ranges inside 2000::/3; everything outside it is special already. */
const SPECIAL_IPV6 = ranges([
  ["2001::/23", "IETF protocol assignments (Teredo)"],
  ["2001:db8::/32", "documentation"],
  ["2002::/16", "6to4"],
  ["3fff::/20", "documentation"],
]);

export type AddressClass =
  | { kind: "public"; family: "ipv4" | "ipv6"; address: string }
  | { kind: "special"; family: "ipv4" | "ipv6"; address: string; range: string }
  | { kind: "invalid" };

/**
 * Where an address leads: a public host, or a special-purpose range (loopback, private networks,
 * link-local and cloud metadata, multicast, ...) named for messages. IPv4-mapped and NAT64 IPv6
 * addresses are judged by the IPv4 address they carry; outside those, only IPv6 global unicast
 * (2000::/3) counts as public, so unspecified, loopback, unique-local, link-local, multicast and
 * every reserved block are special without listing each. A scoped address (`fe80::1%eth0`) or
 * anything that is not a plain address is invalid.
 */
export function classifyAddress(address: string): AddressClass {
  if (address.includes("%")) return { kind: "invalid" };
  const version = isIP(address);
  if (version === 4) return classifyIpv4(address);
  if (version !== 6) return { kind: "invalid" };
  const carrier = IPV4_CARRIERS.find(({ range }) => range.includes(address, "ipv6"));
  if (carrier) {
    const inner = classifyIpv4(embeddedIpv4(address));
    return inner.kind === "special" ? { ...inner, range: `${inner.range}, as ${carrier.name} ${address}` } : inner;
  }
  if (!GLOBAL_UNICAST_IPV6.includes(address, "ipv6")) {
    return { kind: "special", family: "ipv6", address, range: "not global unicast (loopback, unique-local, link-local, multicast or reserved)" };
  }
  const special = SPECIAL_IPV6.find(({ range }) => range.includes(address, "ipv6"));
  return special ? { kind: "special", family: "ipv6", address, range: special.name } : { kind: "public", family: "ipv6", address };
}

function classifyIpv4(address: string): AddressClass {
  const special = SPECIAL_IPV4.find(({ range }) => range.includes(address, "ipv4"));
  return special ? { kind: "special", family: "ipv4", address, range: special.name } : { kind: "public", family: "ipv4", address };
}

/** The last 32 bits of an IPv6 address as dotted IPv4; the URL parser writes it out canonically first. */
function embeddedIpv4(address: string): string {
  const canonical = new URL(`http://[${address}]`).hostname.slice(1, -1);
  const [head = "", tail = ""] = canonical.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = canonical.includes("::")
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups]
    : headGroups;
  const [high, low] = groups.slice(6).map((group) => parseInt(group, 16));
  return [high! >> 8, high! & 255, low! >> 8, low! & 255].join(".");
}
