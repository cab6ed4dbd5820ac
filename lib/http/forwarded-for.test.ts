import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustedProxies, resolveClientAddress } from "./forwarded-for";

const loopbackProxy = parseTrustedProxies("127.0.0.1/32, ::1");
const none = parseTrustedProxies("");

describe("resolveClientAddress", () => {
  it("takes the socket's peer, whatever X-Forwarded-For claims, when no proxy is trusted", () => {
    expect(resolveClientAddress("198.51.100.9", "203.0.113.7", none)).toBe("198.51.100.9");
    expect(resolveClientAddress("127.0.0.1", "203.0.113.7", none)).toBe("127.0.0.1");
  });

  it("takes the socket's peer when the peer is not a trusted proxy", () => {
    expect(resolveClientAddress("198.51.100.9", "203.0.113.7", loopbackProxy)).toBe("198.51.100.9");
  });

  it("takes the entry a trusted proxy appended, not what the caller wrote before it", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.7", loopbackProxy)).toBe("203.0.113.7");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.66, 203.0.113.7", loopbackProxy)).toBe("203.0.113.7");
  });

  it("walks back past every trusted proxy in a chain", () => {
    const chain = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.66, 203.0.113.7, 10.1.2.3", chain)).toBe("203.0.113.7");
  });

  it("stays at the trusted hop that passed on an entry that is no address", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.7, not-an-address", loopbackProxy)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "", loopbackProxy)).toBe("127.0.0.1");
  });

  it("answers the last trusted proxy when every entry is one", () => {
    expect(resolveClientAddress("127.0.0.1", "::1, 127.0.0.1", loopbackProxy)).toBe("::1");
  });

  it("reads IPv4 callers of a dual-stack socket as IPv4", () => {
    expect(resolveClientAddress("::ffff:127.0.0.1", "203.0.113.7", loopbackProxy)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:198.51.100.9", undefined, none)).toBe("198.51.100.9");
  });

  it("answers null without a peer address", () => {
    expect(resolveClientAddress(undefined, "203.0.113.7", loopbackProxy)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("reads addresses and CIDR blocks of both families", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8,fc00::/7, 192.0.2.1");
    expect(trusted.check("10.200.0.1", "ipv4")).toBe(true);
    expect(trusted.check("fd12::1", "ipv6")).toBe(true);
    expect(trusted.check("192.0.2.1", "ipv4")).toBe(true);
    expect(trusted.check("192.0.2.2", "ipv4")).toBe(false);
  });

  it.each(["proxy.example", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/8/1", "::1/129", "10.0.0.0/x"])("refuses %s, naming it", (entry) => {
    expect(() => parseTrustedProxies(`127.0.0.1, ${entry}`)).toThrow(`"${entry}"`);
  });
});

describe("normalizeAddress", () => {
  it("keeps IPv6 as it is and refuses what is no address", () => {
    expect(normalizeAddress("2001:db8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("203.0.113.7:8080")).toBeNull();
  });
});
