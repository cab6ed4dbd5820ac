/**
 * Strings from an async iterator as a UTF-8 response body, produced only as fast as the client reads
 * (one chunk ahead); a client that goes away ends the iterator, so its `finally` runs.
 */
export function textStream(chunks: AsyncIterator<string, unknown>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return?.(undefined);
    },
  });
}
