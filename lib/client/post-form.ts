import type { FieldError } from "@/lib/errors/app-error";
import { ApiError } from "./fetch-json";

/** A refused request whose body named the fields at fault (`details` of a 400). */
export class ApiFieldsError extends ApiError {
  constructor(
    message: string,
    status: number,
    readonly details: FieldError[],
  ) {
    super(message, status);
  }
}

/**
 * POSTs a form's JSON. Unlike fetchJson it keeps the error's field-level details, so a form can put
 * the server's word beside the field it is about.
 */
export async function postForm<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => null)) as { error?: { message?: string; details?: FieldError[] } } | null;
  if (!response.ok) {
    throw new ApiFieldsError(answer?.error?.message ?? `Request failed (${response.status})`, response.status, answer?.error?.details ?? []);
  }
  return answer as T;
}
