import type { OutboundClient } from "../outbound/send-outbound";
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

/** Statuses a later attempt may get past; every other 4xx means the request itself is wrong. */
const retryableStatus = (status: number) => status >= 500 || status === 408 || status === 429;

/**
 * Calls a URL with a JSON body. Answers the status and body (JSON when it parses, `truncated` when
 * it was cut); throws a retryable error for timeouts, network failures and 5xx, a non-retryable one
 * for refusals, redirects and other 4xx.
 */
export async function callHttp(send: OutboundClient, call: HttpCall, signal: AbortSignal) {
  const response = await send(
    {
      url: call.url,
      method: call.method,
      headers: { "content-type": "application/json", "idempotency-key": call.idempotencyKey, ...call.headers },
      body: call.method === "GET" || call.body === undefined ? undefined : JSON.stringify(call.body),
      timeoutMs: call.timeoutMs,
    },
    signal,
  ).catch((error: unknown) => {
    if (error instanceof NonRetryableError) throw error;
    throw new HttpCallError(`${call.method} ${call.url} failed: ${(error as Error).message}`);
  });
  if (response.status >= 300 && response.status < 400) {
    throw new NonRetryableError(`${call.method} ${call.url} answered ${response.status}: redirects are not followed`);
  }
  if (response.status < 200 || response.status >= 300) {
    const message = `${call.method} ${call.url} answered ${response.status}: ${response.body.slice(0, 500)}`;
    throw retryableStatus(response.status) ? new HttpCallError(message) : new NonRetryableError(message);
  }
  return { status: response.status, body: parseIfJson(response.body), ...(response.truncated ? { truncated: true } : {}) };
}

function parseIfJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
