import { describe, expect, it } from "vitest";
import { assertStorableJson } from "./json-values";

const problems = (body: unknown, allowNul = false) => {
  try {
    assertStorableJson(body, { allowNul });
    return [];
  } catch (error) {
    return (error as { details: { path: string; message: string }[] }).details;
  }
};

describe("assertStorableJson", () => {
  it("passes ordinary values", () => {
    expect(problems({ a: [1, -0, 1.5e308, "é 😀", null, true], b: { c: "" } })).toEqual([]);
  });

  it("names each number past the double range by its path", () => {
    expect(problems(JSON.parse('{"a":{"b":[1,1e999]},"c":-1e999}'))).toEqual(
      expect.arrayContaining([
        { path: "a.b.1", message: "must be a finite number" },
        { path: "c", message: "must be a finite number" },
      ]),
    );
    expect(problems(JSON.parse("1e999"))).toEqual([{ path: "(body)", message: "must be a finite number" }]);
  });

  it("refuses unpaired surrogates in values and in field names", () => {
    const body = JSON.parse('{"a":"x\\ud800","\\udc00":1,"ok":"\\ud83d\\ude00"}');
    expect(problems(body)).toEqual(
      expect.arrayContaining([
        { path: "a", message: "must be well-formed Unicode (it holds an unpaired surrogate)" },
        { path: "\udc00", message: "field name must be well-formed Unicode (it holds an unpaired surrogate)" },
      ]),
    );
    expect(problems(body)).toHaveLength(2);
  });

  it("refuses NUL characters unless the body only goes to Kafka", () => {
    const body = { list: ["a\u0000b"], "k\u0000": 1 };
    expect(problems(body)).toHaveLength(2);
    expect(problems(body)[0]!.message).toMatch(/NUL/);
    expect(problems(body, true)).toEqual([]);
  });

  it("reports a bounded number of problems", () => {
    expect(problems(Array(1000).fill(Infinity))).toHaveLength(20);
  });

  it("walks a value nested far deeper than the call stack allows", () => {
    let deep: unknown = [Infinity];
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(problems(deep)).toHaveLength(1);
  });

  it.each([
    ['{"__proto__": {"polluted": 1}}', "__proto__"],
    ['{"payload": {"a": [{"__proto__": null}]}}', "payload.a.0.__proto__"],
    ['[{"x": {"__proto__": []}}]', "0.x.__proto__"],
  ])("refuses the key __proto__ in %s, naming %s", (json, path) => {
    expect(problems(JSON.parse(json))).toEqual([{ path, message: "the key __proto__ is not allowed" }]);
  });

  it("accepts data that merely mentions prototypes", () => {
    expect(problems(JSON.parse('{"constructor": "Ford", "prototype": {"v": 1}, "text": "__proto__"}'))).toEqual([]);
  });
});
