import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { serverHealth } from "@/lib/server/health";

export const GET = route("public", async () => {
  const health = await serverHealth();
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503 });
});
