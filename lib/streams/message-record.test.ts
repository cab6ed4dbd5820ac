import { describe, expect, it } from "vitest";
import { messageRecord } from "./message-record";
import { produceMessageSchema } from "./schemas";

const record = (input: unknown) => messageRecord(produceMessageSchema.parse(input));

describe("messageRecord", () => {
  it("sends a string as its text, so a shown value goes back byte for byte", () => {
    expect(record({ key: "k", value: '{"a": 1}' })).toEqual({ key: "k", value: '{"a": 1}', headers: undefined });
  });

  it("sends other JSON as its JSON text", () => {
    expect(record({ value: { a: [1, true] } }).value).toBe('{"a":[1,true]}');
    expect(record({ value: 42 }).value).toBe("42");
  });

  it("sends null as a record without a value, and no key as none", () => {
    expect(record({ value: null })).toEqual({ key: null, value: null, headers: undefined });
  });

  it("keeps the headers", () => {
    expect(record({ value: "x", headers: { "content-type": "text/plain" } }).headers).toEqual({ "content-type": "text/plain" });
  });

  it("refuses a message without a value or with unknown fields", () => {
    expect(produceMessageSchema.safeParse({ key: "k" }).success).toBe(false);
    expect(produceMessageSchema.safeParse({ value: 1, partition: 2 }).success).toBe(false);
  });
});
