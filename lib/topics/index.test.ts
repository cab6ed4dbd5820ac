import { describe, expect, it } from "vitest";
import { isProductTopic, topicDefinitions, topicNames } from ".";

describe("isProductTopic", () => {
  const names = topicNames({ KAFKA_TOPIC_PREFIX: "prod." });

  it("names every topic StreamOps owns except the events topic, the callers' own data", () => {
    const owned = topicDefinitions({ KAFKA_TOPIC_PREFIX: "prod.", KAFKA_EVENTS_PARTITIONS: 3 }).map((definition) => definition.topic);
    expect(owned.filter((topic) => isProductTopic(names, topic)).sort()).toEqual(
      ["prod.dead-letters", "prod.tasks", "prod.workflow-steps.high", "prod.workflow-steps.low", "prod.workflow-steps.medium", "prod.workflows"],
    );
    expect(isProductTopic(names, "prod.events")).toBe(false);
  });

  it("does not name another installation's topics or topics of the same name without the prefix", () => {
    expect(isProductTopic(names, "staging.tasks")).toBe(false);
    expect(isProductTopic(names, "tasks")).toBe(false);
  });
});

describe("topicDefinitions", () => {
  it("creates every topic with the configured partitions and a week's retention, dead letters with 3 and 30 days", () => {
    const day = 24 * 60 * 60 * 1000;
    const definitions = topicDefinitions({ KAFKA_TOPIC_PREFIX: "p.", KAFKA_EVENTS_PARTITIONS: 4 }).map(({ topic, numPartitions, configEntries }) => [
      topic,
      numPartitions,
      Object.fromEntries((configEntries ?? []).map(({ name, value }) => [name, value])),
    ]);
    const live = { "retention.ms": String(7 * day), "max.message.bytes": String(8 * 1024 * 1024) };
    expect(definitions).toEqual([
      ["p.events", 4, live],
      ["p.dead-letters", 3, { ...live, "retention.ms": String(30 * day) }],
      ["p.workflows", 4, live],
      ["p.tasks", 4, live],
      ["p.workflow-steps.high", 4, live],
      ["p.workflow-steps.medium", 4, live],
      ["p.workflow-steps.low", 4, live],
    ]);
  });
});
