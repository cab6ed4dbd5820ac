import { request as httpRequest } from "node:http";
import { bearer, seededAccess } from "./e2e-auth";

/**
 * Posts a body with Transfer-Encoding: chunked and no Content-Length, which Playwright's request
 * fixture cannot do, so only the server's running byte count can stop an oversized body.
 * Once the server has answered it may drop the connection mid-upload; that is not a failure.
 * It sends the all-scopes key, so the body is what gets judged.
 */
export function postChunked(url: string, body: Buffer, chunkBytes = 64 * 1024): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = httpRequest(url, {
      method: "POST",
      headers: { "content-type": "application/json", "transfer-encoding": "chunked", ...bearer(seededAccess().keys.all) },
    });
    request.on("response", (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    for (let offset = 0; offset < body.length; offset += chunkBytes) {
      request.write(body.subarray(offset, offset + chunkBytes));
    }
    request.end();
  });
}
