import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { serverHealth } from "@/lib/server/health";

/** Event-Driven Microservice compatibility: `GET /health`, 200 healthy or 503 degraded. */
export const GET = route("public", async () => {
  const { status, checks } = await serverHealth();
  const body = {
    status: status === "ok" ? "healthy" : "degraded",
    producer: checks.kafka.status === "up" ? "connected" : "disconnected",
    consumer: checks.worker.status === "up" ? "connected" : "disconnected",
  };
  return NextResponse.json(body, { status: status === "ok" ? 200 : 503 });
});
