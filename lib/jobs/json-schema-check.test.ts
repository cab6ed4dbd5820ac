import { describe, expect, it } from "vitest";
import { jsonSchemaProblems } from "./json-schema-check";

describe("jsonSchemaProblems", () => {
  it("enforces required fields even without properties, and types of nested fields", () => {
    expect(jsonSchemaProblems({ type: "object", required: ["orderId"] }, {})).toEqual(["(data) must have required property 'orderId'"]);
    const schema = { type: "object", properties: { total: { type: "number" } } };
    expect(jsonSchemaProblems(schema, { total: "12" })).toEqual(["/total must be number"]);
    expect(jsonSchemaProblems(schema, { total: 12 })).toEqual([]);
  });
});

describe("callers' patterns", () => {
  // On a backtracking engine each of these takes minutes; the test's own timeout would fail it.
  const evil = "a".repeat(40) + "!";

  it("run in linear time in `pattern`", () => {
    const schema = { type: "object", properties: { name: { type: "string", pattern: "^(a+)+$" } } };
    expect(jsonSchemaProblems(schema, { name: evil })).toEqual(['/name must match pattern "^(a+)+$"']);
    expect(jsonSchemaProblems(schema, { name: "aaaa" })).toEqual([]);
  });

  it("run in linear time in `patternProperties`", () => {
    const schema = { type: "object", patternProperties: { "^(a|aa)+$": { type: "number" } } };
    expect(jsonSchemaProblems(schema, { [evil]: "x", aaa: 1 })).toEqual([]);
    expect(jsonSchemaProblems(schema, { aaa: "x" })).toEqual(["/aaa must be number"]);
  });

  it("that RE2 cannot express fail the step without retries", () => {
    expect(() => jsonSchemaProblems({ type: "string", pattern: "^(a)\\1$" }, "aa")).toThrow(/does not compile/);
  });
});
