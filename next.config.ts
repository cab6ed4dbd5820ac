import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // kafkajs and pg are Node libraries with dynamic requires; bundling them gains nothing.
  serverExternalPackages: ["kafkajs", "pg", "pino"],
  poweredByHeader: false,
};

export default nextConfig;
