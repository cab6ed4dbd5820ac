import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { assertNoPrototypeKeys } from "./prototype-keys";

function refusal(json: string) {
  try {
    assertNoPrototypeKeys(JSON.parse(json));
  } catch (error) {
    return error instanceof ValidationError ? error.details : error;
  }
  return undefined;
}

describe("assertNoPrototypeKeys", () => {
  it.each([
    ['{"__proto__": {"polluted": 1}}', "__proto__"],
    ['{"payload": {"a": [{"__proto__": null}]}}', "payload.a.0.__proto__"],
    ['[{"x": {"__proto__": []}}]', "0.x.__proto__"],
  ])("refuses %s naming %s", (json, path) => {
    expect(refusal(json)).toEqual([{ path, message: "the key __proto__ is not allowed" }]);
  });

  it("accepts data that merely mentions prototypes", () => {
    expect(refusal('{"constructor": "Ford", "prototype": {"v": 1}, "text": "__proto__"}')).toBeUndefined();
  });

  it("walks deep nesting without recursion", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(refusal(deep)).toBeUndefined();
  });
});
