import { describe, expect, it } from "vitest";
import { z } from "zod";
import { commonEnvShape, optionalSetting } from "./common";
import { parseEnv } from "./parse-env";

const schema = z.object(commonEnvShape);

describe("parseEnv", () => {
  it("has working local defaults", () => {
    expect(parseEnv(schema, {})).toMatchObject({
      DATABASE_URL: "postgres://postgres@127.0.0.1:5432/streamops",
      KAFKA_BROKERS: ["127.0.0.1:9092"],
      KAFKA_TOPIC_PREFIX: "streamops.",
    });
  });

  it("splits a broker list", () => {
    expect(parseEnv(schema, { KAFKA_BROKERS: "a:9092, b:9093" }).KAFKA_BROKERS).toEqual(["a:9092", "b:9093"]);
  });

  it("names every bad variable", () => {
    expect(() => parseEnv(schema, { KAFKA_BROKERS: "nohost", DATABASE_URL: "mysql://x", KAFKA_EVENTS_PARTITIONS: "0" })).toThrow(
      /KAFKA_BROKERS[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*KAFKA_BROKERS/,
    );
    expect(() => parseEnv(schema, { KAFKA_EVENTS_PARTITIONS: "0" })).toThrow(/KAFKA_EVENTS_PARTITIONS/);
  });

  it("reads an empty optional setting as unset, and still checks one that is set", () => {
    const secret = z.object({ AUTH_SECRET: optionalSetting(z.string().min(32)) });
    expect(parseEnv(secret, { AUTH_SECRET: "" })).toEqual({ AUTH_SECRET: undefined });
    expect(() => parseEnv(secret, { AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });

  it("reads the outbound ports and private ranges, safe when unset, and names a bad entry", () => {
    expect(parseEnv(schema, {})).toMatchObject({ HTTP_ALLOWED_PORTS: [{ from: 80, to: 80 }, { from: 443, to: 443 }], HTTP_ALLOWED_PRIVATE_RANGES: [] });
    expect(parseEnv(schema, { HTTP_ALLOWED_PORTS: "" }).HTTP_ALLOWED_PORTS).toHaveLength(2);
    expect(parseEnv(schema, { HTTP_ALLOWED_PORTS: "443, 8000-8999", HTTP_ALLOWED_PRIVATE_RANGES: "10.1.0.0/16,::1" })).toMatchObject({
      HTTP_ALLOWED_PORTS: [{ from: 443, to: 443 }, { from: 8000, to: 8999 }],
      HTTP_ALLOWED_PRIVATE_RANGES: [{ address: "10.1.0.0", prefix: 16, family: "ipv4" }, { address: "::1", prefix: 128, family: "ipv6" }],
    });
    expect(() => parseEnv(schema, { HTTP_ALLOWED_PORTS: "80,http" })).toThrow(/HTTP_ALLOWED_PORTS: "http" is not a port/);
    expect(() => parseEnv(schema, { HTTP_ALLOWED_PRIVATE_RANGES: "10.0.0.0/40" })).toThrow(/HTTP_ALLOWED_PRIVATE_RANGES: "10.0.0.0\/40"/);
  });
});
