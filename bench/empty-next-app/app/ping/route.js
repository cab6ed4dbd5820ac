// The framework's ceiling: one route handler answering 200, no middleware, no auth, nothing else.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
