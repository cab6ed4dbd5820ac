import { expect, type APIResponse } from "@playwright/test";

export type ApiError = {
  code: string;
  message: string;
  requestId: string;
  details?: { path: string; message: string }[];
};

/** Checks the standard error body, including that it names the request id the header carries. */
export async function expectApiError(response: APIResponse, status: number, code: string): Promise<ApiError> {
  const body = (await response.json()) as { error: ApiError };
  expect(response.status(), JSON.stringify(body)).toBe(status);
  expect(body.error).toMatchObject({
    code,
    message: expect.any(String),
    requestId: response.headers()["x-request-id"],
  });
  return body.error;
}

export const fieldPaths = (error: ApiError) => (error.details ?? []).map((detail) => detail.path);
