import type { NextConfig } from "next";
import { apiContentSecurityPolicy } from "./lib/security/content-security-policy";

/** Sent with every response; pages get their content security policy from proxy.ts (it needs a nonce). */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // kafkajs and pg are Node libraries with dynamic requires; bundling them gains nothing.
  serverExternalPackages: ["kafkajs", "pg", "pino"],
  poweredByHeader: false,
  // forbidden() answers a signed-in person whose role is too low with a 403 page.
  experimental: { authInterrupts: true },
  headers: async () => [
    { source: "/:path*", headers: securityHeaders },
    { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
  ],
};

export default nextConfig;
