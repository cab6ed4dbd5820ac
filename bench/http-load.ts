import autocannon from "autocannon";

export type LoadResult = { requestsPerSecond: number; non2xx: number; errors: number; p99Ms: number };

/** Closed-loop HTTP load: `connections` clients each sending as fast as answers come back. */
export async function httpLoad(options: {
  url: string;
  method?: "GET" | "POST";
  body?: string | (() => string);
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const { body } = options;
  const result = await autocannon({
    url: options.url,
    method: options.method ?? "GET",
    connections: options.connections,
    duration: options.durationSeconds,
    headers: { "content-type": "application/json", ...options.headers },
    ...(typeof body === "function"
      ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: body() }) }] }
      : { body }),
  });
  return {
    requestsPerSecond: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors,
    p99Ms: result.latency.p99,
  };
}
