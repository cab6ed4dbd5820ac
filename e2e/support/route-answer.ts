import type { APIResponse } from "@playwright/test";

/** What a route answered: enough to tell a refusal, with its error body, from a handled request. */
export type RouteAnswer = { status: number; body: unknown; requestId: string | undefined };

const jsonOrText = async (text: string): Promise<unknown> => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

export const answerOf = async (response: APIResponse): Promise<RouteAnswer> => ({
  status: response.status(),
  body: await jsonOrText(await response.text()),
  requestId: response.headers()["x-request-id"],
});

/**
 * A stream of Server-Sent Events never ends, and Playwright's request context reads a body to its
 * end, so a stream is fetched here: the status, an error body if it is one, then it hangs up.
 */
export async function streamAnswer(url: string, headers: Record<string, string>): Promise<RouteAnswer> {
  const controller = new AbortController();
  try {
    const response = await fetch(url, { headers, signal: controller.signal });
    const isStream = response.headers.get("content-type")?.startsWith("text/event-stream");
    return {
      status: response.status,
      body: isStream ? undefined : await jsonOrText(await response.text()),
      requestId: response.headers.get("x-request-id") ?? undefined,
    };
  } finally {
    controller.abort();
  }
}
