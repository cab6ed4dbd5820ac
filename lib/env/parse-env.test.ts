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
});
