import { describe, expect, it } from "vitest";
import { decodeValue } from "./decode-value";

describe("decodeValue", () => {
  it("parses JSON and keeps its text", () => {
    expect(decodeValue(Buffer.from('{"a":1}'))).toEqual({ value: '{"a":1}', json: { a: 1 } });
  });

  it("keeps text that is not JSON as text only", () => {
    expect(decodeValue(Buffer.from("plain words"))).toEqual({ value: "plain words", json: null });
  });

  it("gives bytes that are not UTF-8 as base64 only", () => {
    expect(decodeValue(Buffer.from([0xff, 0xfe, 0x00]))).toEqual({ value: null, valueBase64: "//4A", json: null });
  });

  it("reads a record without a value as null", () => {
    expect(decodeValue(null)).toEqual({ value: null, json: null });
  });
});
