import { describe, expect, it } from "vitest";
import { decodeValue } from "../kafka/decode-value";
import { messageRecord } from "./message-record";
import { reproduceInput } from "./reproduce-input";

const shown = (key: string | null, bytes: Buffer | null, headers: Record<string, string> = {}) => ({ key, ...decodeValue(bytes), headers });

describe("reproduceInput", () => {
  it("sends the same key, value bytes and headers again", () => {
    const value = '{ "spaced":  true }';
    const input = reproduceInput(shown("k", Buffer.from(value), { trace: "t-1" }))!;
    expect(messageRecord(input)).toEqual({ key: "k", value, headers: { trace: "t-1" } });
  });

  it("keeps a missing key and a missing value missing", () => {
    expect(messageRecord(reproduceInput(shown(null, null))!)).toEqual({ key: null, value: null, headers: {} });
  });

  it("cannot send a value that is not text", () => {
    expect(reproduceInput(shown("k", Buffer.from([0xff, 0xfe])))).toBeNull();
  });
});
