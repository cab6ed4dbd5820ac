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
