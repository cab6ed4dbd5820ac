import { NonRetryableError } from "./job-error";

export class HttpCallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HttpCallError";
  }
}

export type HttpCall = {
  url: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  headers: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
  /** Sent as Idempotency-Key, the same on every attempt, so the receiver can drop repeats. */
  idempotencyKey: string;
};

const MAX_KEPT_BODY = 64 * 1024;

/** Statuses a later attempt may get past; every other 4xx means the request itself is wrong. */
const retryableStatus = (status: number) => status >= 500 || status === 408 || status === 429;

/**
 * Calls a URL with a JSON body. Answers the status and body (JSON when it parses); throws a
 * retryable error for timeouts, network failures and 5xx, a non-retryable one for other 4xx.
 */
export async function callHttp(
  fetchAllowed: (url: string, init: RequestInit) => Promise<Response>,
  call: HttpCall,
  signal: AbortSignal,
): Promise<{ status: number; body: unknown }> {
  const response = await fetchAllowed(call.url, {
    method: call.method,
    headers: { "content-type": "application/json", "idempotency-key": call.idempotencyKey, ...call.headers },
    body: call.method === "GET" || call.body === undefined ? undefined : JSON.stringify(call.body),
    signal: AbortSignal.any([signal, AbortSignal.timeout(call.timeoutMs)]),
  }).catch((error: unknown) => {
    if (error instanceof NonRetryableError) throw error;
    throw new HttpCallError(`${call.method} ${call.url} failed: ${(error as Error).message}`);
  });
  const text = (await response.text()).slice(0, MAX_KEPT_BODY);
  if (response.status >= 300 && response.status < 400) {
    throw new NonRetryableError(`${call.method} ${call.url} answered ${response.status}: redirects are not followed`);
  }
  if (!response.ok) {
    const message = `${call.method} ${call.url} answered ${response.status}: ${text.slice(0, 500)}`;
    throw retryableStatus(response.status) ? new HttpCallError(message) : new NonRetryableError(message);
  }
  return { status: response.status, body: parseIfJson(text) };
}

function parseIfJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
