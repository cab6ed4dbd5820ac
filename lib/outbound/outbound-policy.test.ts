import { describe, expect, it } from "vitest";
import { parseCidr } from "./address-ranges";
import { addressRefusal, checkTarget, outboundPolicy, parsePortRange } from "./outbound-policy";

const policy = outboundPolicy({
  HTTP_ALLOWED_HOSTS: ["api.example.com", "*.hooks.test", "127.0.0.1", "10.0.0.5", "[::1]", "[::ffff:7f00:1]"],
  HTTP_ALLOWED_PORTS: [parsePortRange("80")!, parsePortRange("443")!, parsePortRange("8000-8999")!],
  HTTP_ALLOWED_PRIVATE_RANGES: [parseCidr("127.0.0.0/8")!],
});
const reason = (url: string) => {
  const checked = checkTarget(url, policy);
  return checked.ok ? null : checked.reason;
};

describe("checkTarget", () => {
  it("allows http(s) URLs to allowed hosts on allowed ports", () => {
    expect(checkTarget("https://api.example.com/hook?x=1", policy)).toMatchObject({ ok: true, value: { hostname: "api.example.com", port: 443 } });
    expect(checkTarget("http://a.hooks.test:8080/", policy)).toMatchObject({ ok: true, value: { port: 8080 } });
    expect(checkTarget("http://API.EXAMPLE.COM/", policy)).toMatchObject({ ok: true, value: { port: 80 } });
  });

  it("allows only exact hosts and subdomains of wildcard entries", () => {
    expect(reason("https://example.com.evil.test/")).toContain("HTTP_ALLOWED_HOSTS");
    expect(reason("https://evilapi.example.com/")).toContain("HTTP_ALLOWED_HOSTS");
    expect(reason("https://hooks.test/")).toContain("HTTP_ALLOWED_HOSTS");
    expect(reason("http://localhost/")).toContain("HTTP_ALLOWED_HOSTS");
    expect(reason("https://api.example.com./")).toContain("HTTP_ALLOWED_HOSTS");
  });

  it("refuses other schemes, credentials in the URL and text that is not a URL", () => {
    expect(reason("ftp://api.example.com/")).toContain("only http and https");
    expect(reason("file:///etc/passwd")).toContain("only http and https");
    expect(reason("https://user:secret@api.example.com/")).toContain("credentials");
    expect(reason("https://user@api.example.com/")).toContain("credentials");
    expect(reason("not a url")).toBe("not a URL");
  });

  it("refuses ports outside HTTP_ALLOWED_PORTS, including the other scheme's default", () => {
    expect(reason("http://api.example.com:22/")).toBe("port 22 is not in HTTP_ALLOWED_PORTS");
    expect(reason("http://api.example.com:9000/")).toBe("port 9000 is not in HTTP_ALLOWED_PORTS");
    expect(reason("https://api.example.com:80/")).toBeNull();
    expect(reason("http://api.example.com:8999/")).toBeNull();
  });

  it("checks an address given as the host, in any notation the URL parser accepts", () => {
    expect(reason("http://127.0.0.1:8080/")).toBeNull();
    expect(reason("http://10.0.0.5/")).toBe("10.0.0.5 is in a blocked range (private) and not in HTTP_ALLOWED_PRIVATE_RANGES");
    expect(reason("http://[::1]/")).toContain("::1 is in a blocked range");
    // ::ffff:127.0.0.1 leads to 127.0.0.1, which this policy opted in to.
    expect(reason("http://[::ffff:127.0.0.1]/")).toBeNull();
  });
});

describe("addressRefusal", () => {
  it("lets public addresses through, special ones only inside the opted-in ranges", () => {
    expect(addressRefusal("93.184.216.34", policy)).toBeNull();
    expect(addressRefusal("127.0.0.53", policy)).toBeNull();
    expect(addressRefusal("169.254.169.254", policy)).toContain("link-local");
    expect(addressRefusal("::1", policy)).toContain("not in HTTP_ALLOWED_PRIVATE_RANGES");
    expect(addressRefusal("fe80::1%eth0", policy)).toBe("not a plain IP address");
  });

  it("refuses every special address when nothing is opted in", () => {
    const strict = outboundPolicy({ HTTP_ALLOWED_HOSTS: ["127.0.0.1"], HTTP_ALLOWED_PORTS: [{ from: 1, to: 65_535 }], HTTP_ALLOWED_PRIVATE_RANGES: [] });
    for (const address of ["127.0.0.1", "::ffff:127.0.0.1", "64:ff9b::a00:1", "10.1.2.3", "::"]) expect(addressRefusal(address, strict), address).not.toBeNull();
    expect(checkTarget("http://127.0.0.1/", strict)).toEqual({ ok: false, reason: expect.stringContaining("loopback") });
  });
});

describe("parsePortRange", () => {
  it("reads a port or a range and refuses the rest", () => {
    expect(parsePortRange("443")).toEqual({ from: 443, to: 443 });
    expect(parsePortRange(" 8000-8999 ")).toEqual({ from: 8000, to: 8999 });
    for (const bad of ["0", "65536", "9000-8000", "80-", "http", "1e3", "-1"]) expect(parsePortRange(bad), bad).toBeNull();
  });
});
