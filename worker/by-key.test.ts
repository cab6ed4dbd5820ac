import type { KafkaMessage } from "kafkajs";
import { describe, expect, it } from "vitest";
import { forEachByKey } from "./by-key";

const message = (key: string, offset: number) => ({ key: Buffer.from(key), offset: String(offset) }) as KafkaMessage;

describe("forEachByKey", () => {
  it("keeps each key in order while keys run side by side, within the limit", async () => {
    const messages = [message("a", 0), message("b", 1), message("a", 2), message("c", 3), message("b", 4)];
    const seen: string[] = [];
    let running = 0;
    let peak = 0;
    await forEachByKey(messages, 2, async (one) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(`${one.key}:${one.offset}`);
      running--;
    });
    expect(peak).toBe(2);
    expect(seen.filter((entry) => entry.startsWith("a"))).toEqual(["a:0", "a:2"]);
    expect(seen.filter((entry) => entry.startsWith("b"))).toEqual(["b:1", "b:4"]);
    expect(seen).toHaveLength(5);
  });
});
