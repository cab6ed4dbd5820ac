import type { NextRequest } from "next/server";

/** Query parameters as a plain object; empty values count as absent. */
export function searchParams(request: NextRequest): Record<string, string> {
  return Object.fromEntries([...request.nextUrl.searchParams].filter(([, value]) => value !== ""));
}
