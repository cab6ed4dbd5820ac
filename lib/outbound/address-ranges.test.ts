import { describe, expect, it } from "vitest";
import { AddressRanges, classifyAddress, parseCidr } from "./address-ranges";

const kind = (address: string) => classifyAddress(address).kind;

describe("classifyAddress", () => {
  it.each([
    "0.0.0.0",
    "0.1.2.3",
    "10.0.0.1",
    "10.255.255.255",
    "100.64.0.1",
    "100.127.255.255",
    "127.0.0.1",
    "127.255.255.254",
    "169.254.169.254",
    "169.254.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.0.0.8",
    "192.0.2.1",
    "192.168.1.1",
    "198.18.0.1",
    "198.51.100.7",
    "203.0.113.9",
    "224.0.0.1",
    "239.255.255.250",
    "240.0.0.1",
    "255.255.255.255",
  ])("refuses the special-purpose IPv4 address %s", (address) => {
    expect(classifyAddress(address)).toMatchObject({ kind: "special", family: "ipv4", address });
  });

  it.each(["1.1.1.1", "8.8.8.8", "93.184.216.34", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0", "169.253.255.255", "223.255.255.255"])(
    "lets the public IPv4 address %s through, including the neighbours of blocked ranges",
    (address) => expect(kind(address)).toBe("public"),
  );

  it.each([
    "::",
    "::1",
    "0:0:0:0:0:0:0:1",
    "::7f00:1",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "febf::1",
    "fec0::1",
    "ff02::1",
    "100::1",
    "64:ff9b:1::1",
    "2001::1",
    "2001:db8::1",
    "2002:7f00:1::1",
    "3fff::1",
    "::2:1",
  ])("refuses the special-purpose IPv6 address %s", (address) => {
    expect(classifyAddress(address)).toMatchObject({ kind: "special", family: "ipv6" });
  });

  it.each(["2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:80b::200e"])("lets the public IPv6 address %s through", (address) =>
    expect(kind(address)).toBe("public"),
  );

  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "127.0.0.1", "loopback"],
    ["0:0:0:0:0:ffff:a9fe:a9fe", "169.254.169.254", "link-local"],
    ["::FFFF:10.0.0.1", "10.0.0.1", "private"],
    ["64:ff9b::7f00:1", "127.0.0.1", "loopback"],
    ["64:ff9b::192.168.0.1", "192.168.0.1", "private"],
  ])("judges %s by the IPv4 address it carries", (address, inner, range) => {
    const found = classifyAddress(address);
    expect(found).toMatchObject({ kind: "special", family: "ipv4", address: inner });
    expect(found.kind === "special" && found.range).toContain(range);
  });

  it("lets a mapped or NAT64 public IPv4 address through as that address", () => {
    expect(classifyAddress("::ffff:8.8.8.8")).toEqual({ kind: "public", family: "ipv4", address: "8.8.8.8" });
    expect(classifyAddress("64:ff9b::808:808")).toEqual({ kind: "public", family: "ipv4", address: "8.8.8.8" });
  });

  it.each(["", "localhost", "127.1", "0x7f000001", "2130706433", "017700000001", "127.0.0.1.", "fe80::1%eth0", "[::1]", "1.2.3.4/32", " 127.0.0.1"])(
    "treats %j, which is not a plain address, as invalid",
    (address) => expect(kind(address)).toBe("invalid"),
  );
});

describe("parseCidr and AddressRanges", () => {
  it("reads ranges and bare addresses, and refuses anything else", () => {
    expect(parseCidr("10.0.0.0/8")).toEqual({ address: "10.0.0.0", prefix: 8, family: "ipv4" });
    expect(parseCidr(" 127.0.0.1 ")).toEqual({ address: "127.0.0.1", prefix: 32, family: "ipv4" });
    expect(parseCidr("fd00::/8")).toEqual({ address: "fd00::", prefix: 8, family: "ipv6" });
    for (const bad of ["10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/8/8", "10/8", "host/8", "fe80::%1/64", "10.0.0.0/-1", "10.0.0.0/1e1"]) {
      expect(parseCidr(bad), bad).toBeNull();
    }
  });

  it("keeps the families apart: an IPv6 range never covers IPv4 addresses", () => {
    const ranges = new AddressRanges([parseCidr("::/8")!, parseCidr("127.0.0.0/8")!]);
    expect(ranges.includes("127.0.0.2", "ipv4")).toBe(true);
    expect(ranges.includes("8.8.8.8", "ipv4")).toBe(false);
    expect(ranges.includes("::1", "ipv6")).toBe(true);
  });
});
