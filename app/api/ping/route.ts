/** Process liveness with no dependencies, for load balancers; also the benchmark's framework ceiling. */
export function GET() {
  return new Response("ok", { headers: { "content-type": "text/plain" } });
}
