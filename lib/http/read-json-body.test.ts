import { describe, expect, it } from "vitest";
import { readJsonBody } from "./read-json-body";

const jsonRequest = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://test/", { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);

function streamOf(chunks: number, chunkBytes: number) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ === chunks) return controller.close();
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
}

describe("readJsonBody", () => {
  it("parses JSON", async () => {
    await expect(readJsonBody(jsonRequest('{"a":1}'), 100)).resolves.toEqual({ a: 1 });
  });

  it("accepts JSON with a charset and +json media types", async () => {
    await expect(readJsonBody(jsonRequest("[]", { "content-type": "application/json; charset=utf-8" }), 100)).resolves.toEqual([]);
    await expect(readJsonBody(jsonRequest("{}", { "content-type": "application/cloudevents+json" }), 100)).resolves.toEqual({});
  });

  it("refuses other content types with 415", async () => {
    await expect(readJsonBody(jsonRequest("{}", { "content-type": "text/plain" }), 100)).rejects.toMatchObject({
      code: "unsupported_media_type",
    });
  });

  it("refuses a declared length over the limit before reading", async () => {
    const request = jsonRequest(streamOf(1, 10), { "content-length": "1000" });
    await expect(readJsonBody(request, 100)).rejects.toMatchObject({ code: "payload_too_large" });
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(64));
      },
    });
    await expect(readJsonBody(jsonRequest(endless), 1000)).rejects.toMatchObject({ code: "payload_too_large" });
    expect(pulls).toBeLessThan(40);
  });

  it("reports invalid JSON as invalid_json", async () => {
    await expect(readJsonBody(jsonRequest("{oops"), 100)).rejects.toMatchObject({ code: "invalid_json" });
  });

  it("refuses a deeply nested body before parsing it", async () => {
    const deep = '{"eventType":"x","payload":' + '{"a":'.repeat(20_000) + "1" + "}".repeat(20_001);
    await expect(readJsonBody(jsonRequest(deep), 1_000_000)).rejects.toMatchObject({ code: "json_too_deep" });
  });

  it("refuses numbers out of range by field, and NUL characters unless allowed", async () => {
    await expect(readJsonBody(jsonRequest('{"n":1e999}'), 100)).rejects.toMatchObject({
      code: "validation_failed",
      details: [{ path: "n", message: "must be a finite number" }],
    });
    await expect(readJsonBody(jsonRequest('{"t":"a\\u0000"}'), 100)).rejects.toMatchObject({ code: "validation_failed" });
    await expect(readJsonBody(jsonRequest('{"t":"a\\u0000"}'), 100, { allowNul: true })).resolves.toEqual({ t: "a\u0000" });
  });
});
