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
