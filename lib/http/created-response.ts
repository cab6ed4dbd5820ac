import { NextResponse } from "next/server";
import { IDEMPOTENT_REPLAYED_HEADER } from "../jobs/creation-idempotency";

/** 201 with what a creation answered; a repeat of an earlier one says so in a header, as Stripe does. */
export function createdResponse<Body extends object>({ replayed, ...body }: Body & { replayed: boolean }) {
  return NextResponse.json(body, { status: 201, headers: replayed ? { [IDEMPOTENT_REPLAYED_HEADER]: "true" } : undefined });
}
