/**
 * The same response, calling `release` once its body has been sent, has failed, or the client has
 * gone away (the stream is cancelled or the request aborted); at once when there is no body.
 */
export function releaseWithBody(response: Response, releaseSlot: () => void, signal: AbortSignal): Response {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    releaseSlot();
  };
  if (!response.body) {
    release();
    return response;
  }
  signal.addEventListener("abort", release, { once: true });
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await reader.read();
        if (next.done) {
          release();
          controller.close();
        } else controller.enqueue(next.value);
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    async cancel(reason) {
      release();
      await reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
