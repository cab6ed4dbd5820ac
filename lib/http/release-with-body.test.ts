import { describe, expect, it } from "vitest";
import { releaseWithBody } from "./release-with-body";
import { textStream } from "./text-stream";

function counted() {
  const calls = { released: 0, finished: false };
  async function* chunks() {
    try {
      for (let n = 0; n < 1000; n += 1) yield `chunk ${n}\n`;
    } finally {
      calls.finished = true;
    }
  }
  return { calls, body: textStream(chunks()) };
}

describe("releaseWithBody", () => {
  it("releases once the whole body has been read, not before", async () => {
    const { calls, body } = counted();
    const response = releaseWithBody(new Response(body), () => (calls.released += 1), new AbortController().signal);
    expect(calls.released).toBe(0);
    const text = await response.text();
    expect(text.split("\n")).toHaveLength(1001);
    expect(calls.released).toBe(1);
  });

  it("releases when the client cancels, and ends the producing iterator", async () => {
    const { calls, body } = counted();
    const response = releaseWithBody(new Response(body), () => (calls.released += 1), new AbortController().signal);
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(calls.released).toBe(1);
    expect(calls.finished).toBe(true);
  });

  it("releases once when the request is aborted, however it ends afterwards", async () => {
    const { calls, body } = counted();
    const request = new AbortController();
    const response = releaseWithBody(new Response(body), () => (calls.released += 1), request.signal);
    request.abort();
    expect(calls.released).toBe(1);
    await response.body!.cancel();
    expect(calls.released).toBe(1);
  });

  it("releases at once for a response without a body", () => {
    let released = 0;
    releaseWithBody(new Response(null, { status: 204 }), () => (released += 1), new AbortController().signal);
    expect(released).toBe(1);
  });
});
