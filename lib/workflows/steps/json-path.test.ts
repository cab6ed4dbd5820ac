import { describe, expect, it } from "vitest";
import { createWorkflowSchema } from "../schemas";
import { dottedPathSchema, readPath, writePath } from "./json-path";
import { transformStep } from "./transform";

const prototypePaths = ["__proto__.polluted", "a.__proto__.polluted", "constructor.prototype.polluted", "x.constructor", "prototype"];

describe("dotted paths", () => {
  it.each(prototypePaths)("refuses %s, naming why", (path) => {
    const result = dottedPathSchema.safeParse(path);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/may not contain __proto__, prototype, constructor/);
  });

  it.each(["order.customer.id", "a", "x-1.$y_2"])("accepts %s", (path) => {
    expect(dottedPathSchema.safeParse(path).success).toBe(true);
  });

  it("reads own properties only", () => {
    expect(readPath({ a: { b: 1 } }, "a.b")).toBe(1);
    expect(readPath({ a: {} }, "a.toString")).toBeUndefined();
    expect(readPath({ a: [1] }, "a.length")).toBeUndefined();
  });

  it("refuses to write through a prototype segment even when called directly", () => {
    expect(() => writePath({}, "__proto__.polluted", 1)).toThrow(/names a prototype/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("creates missing levels without touching any prototype", () => {
    const target: Record<string, unknown> = { a: "scalar" };
    writePath(target, "a.b.c", 1);
    writePath(target, "hasOwnProperty", 2);
    expect(JSON.parse(JSON.stringify(target))).toEqual({ a: { b: { c: 1 } }, hasOwnProperty: 2 });
    expect(Object.prototype.hasOwnProperty).toBeTypeOf("function");
  });
});

describe("the transform step", () => {
  it.each([
    [{ set: { "__proto__.polluted": true } }, "steps.0.set.__proto__.polluted"],
    [{ map: { "constructor.prototype.polluted": "a" } }, "steps.0.map.constructor.prototype.polluted"],
    [{ map: { copy: "__proto__" } }, "steps.0.map.copy"],
  ])("refuses %j at creation, naming the field", (options, field) => {
    const result = createWorkflowSchema.safeParse({ name: "w", steps: [{ type: "transform", ...options }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field);
  });

  it("a copied __proto__ key in the data stays data", async () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    const outcome = await transformStep.run({ data } as never, { map: { b: "a" }, set: { "c.d": 2 }, keep: true });
    expect(outcome.kind === "done" && JSON.parse(JSON.stringify(outcome.output))).toEqual({ ["__proto__"]: { polluted: true }, a: 1, b: 1, c: { d: 2 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("a refused path key in the API's answer", () => {
  it("names the field and the rule", async () => {
    const { toFieldErrors } = await import("../../errors/zod-field-errors");
    const result = createWorkflowSchema.safeParse({ name: "w", steps: [{ type: "transform", set: { "__proto__.polluted": 1 } }] });
    expect(toFieldErrors(result.error!)).toEqual([
      { path: "steps.0.set.__proto__.polluted", message: "a path may not contain __proto__, prototype, constructor" },
    ]);
  });
});
