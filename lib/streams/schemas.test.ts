import { describe, expect, it } from "vitest";
import { toFieldErrors } from "../errors";
import { messageQuerySchema, topicNameSchema } from "./schemas";

const problems = (query: Record<string, string>) => {
  const result = messageQuerySchema.safeParse(query);
  return result.success ? [] : toFieldErrors(result.error).map((error) => error.path);
};

describe("messageQuerySchema", () => {
  it("reads query strings, with a default page size", () => {
    expect(messageQuerySchema.parse({ partition: "2", offset: "40", key: "k" })).toEqual({ partition: 2, offset: 40, key: "k", limit: 20 });
  });

  it("names each bad parameter", () => {
    expect(problems({ limit: "101" })).toEqual(["limit"]);
    expect(problems({ partition: "-1", time: "yesterday" })).toEqual(["partition", "time"]);
    expect(problems({ offset: "7" })).toEqual(["offset"]);
    expect(problems({ partition: "0", offset: "7", time: "2026-01-01T00:00:00Z" })).toEqual(["time"]);
  });
});

describe("topicNameSchema", () => {
  it("takes Kafka's topic names only", () => {
    expect(topicNameSchema.safeParse("streamops.events").success).toBe(true);
    expect(topicNameSchema.safeParse("no/slashes").success).toBe(false);
    expect(topicNameSchema.safeParse("x".repeat(250)).success).toBe(false);
  });
});
