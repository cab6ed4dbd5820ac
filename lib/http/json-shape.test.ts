import { describe, expect, it } from "vitest";
import { assertJsonShape, MAX_JSON_DEPTH, MAX_JSON_MEMBERS } from "./json-shape";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const shapeError = (text: string) => {
  try {
    assertJsonShape(text);
    return undefined;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe("assertJsonShape", () => {
  it("passes ordinary JSON and scalars", () => {
    for (const text of ['{"a":[1,{"b":"c"}],"d":null}', "1", '"text"', "[]", "{}", "  [ ]  "]) {
      expect(shapeError(text)).toBeUndefined();
    }
  });

  it("allows exactly the depth limit and refuses one level more", () => {
    expect(shapeError(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(shapeError(nested(MAX_JSON_DEPTH + 1))).toBe("json_too_deep");
    expect(shapeError(`{"a":${nested(MAX_JSON_DEPTH)}}`)).toBe("json_too_deep");
  });

  it("refuses a document nested hundreds of thousands of levels deep without overflowing the stack", () => {
    expect(shapeError(nested(500_000))).toBe("json_too_deep");
    expect(shapeError('{"a":'.repeat(200_000))).toBe("json_too_deep");
  });

  it("does not count brackets inside strings, even after escaped quotes and backslashes", () => {
    const deepText = JSON.stringify({ text: "[".repeat(10_000) + '\\"{{{' + "\\" });
    expect(shapeError(deepText)).toBeUndefined();
    expect(shapeError(JSON.stringify(["\\", "[[[[", '"', "]]]]"]))).toBeUndefined();
    expect(shapeError(`["\\\\"${",0".repeat(3)}]`)).toBeUndefined();
  });

  it("counts brackets that follow a string ending in an escaped backslash", () => {
    const text = `["\\\\",${nested(MAX_JSON_DEPTH)}]`;
    expect(JSON.parse(text)[0]).toBe("\\");
    expect(shapeError(text)).toBe("json_too_deep");
  });

  it("counts object members and array elements against the limit, commas in strings aside", () => {
    const elements = (count: number) => `[${Array(count).fill("0").join(",")}]`;
    expect(shapeError(elements(MAX_JSON_MEMBERS))).toBeUndefined();
    expect(shapeError(elements(MAX_JSON_MEMBERS + 1))).toBe("json_too_many_members");
    const members = (count: number) => `{${Array.from({ length: count }, (_, index) => `"k${index}":1`).join(",")}}`;
    expect(shapeError(members(MAX_JSON_MEMBERS + 1))).toBe("json_too_many_members");
    expect(shapeError(JSON.stringify([",".repeat(MAX_JSON_MEMBERS + 1)]))).toBeUndefined();
  });

  it("counts members across nested containers, empty ones adding none", () => {
    const half = Math.ceil(MAX_JSON_MEMBERS / 2);
    const twoArrays = `[[${Array(half).fill("{}").join(",")}],[${Array(half).fill("[]").join(",")}]]`;
    expect(shapeError(twoArrays)).toBe("json_too_many_members");
  });

  it("leaves text that is not JSON to the parser", () => {
    for (const text of ["]]]]", "{oops", '"unterminated [[[', ""]) expect(shapeError(text)).toBeUndefined();
  });
});
