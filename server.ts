import { createServer } from "node:http";
import { parseEnv } from "./lib/env/parse-env";
import { httpServerEnvSchema } from "./lib/env/http-server-env";
import { CLIENT_ADDRESS_HEADER } from "./lib/http/client-address";
import { answerBusy, CreationLoad } from "./lib/http/creation-load";
import { resolveClientAddress } from "./lib/http/forwarded-for";

/**
 * The web app's HTTP server: Next.js behind a step that decides who the caller is. Next.js hands
 * route handlers headers only, never the socket, and keeps an X-Forwarded-For the caller sent; so
 * here, where the socket is known, the caller's address is resolved (see resolveClientAddress) and
 * written over X-Forwarded-For, which handlers then read as the one address it holds.
 * `--dev` serves the development build.
 */
async function main() {
  const dev = process.argv.includes("--dev");
  // As `next start` and `next dev` do, before Next.js is loaded.
  (process.env as Record<string, string | undefined>).NODE_ENV ??= dev ? "development" : "production";
  const env = parseEnv(httpServerEnvSchema);
  const { default: next } = await import("next");
  const app = next({ dev, port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Room for what the creation gate runs and queues, so only what it would refuse anyway is shed here.
  const creations = new CreationLoad(env.CREATE_MAX_IN_FLIGHT + env.CREATE_MAX_WAITING);

  const server = createServer((request, response) => {
    if (!creations.admit(request, response)) return answerBusy(request, response, env.MAX_BODY_BYTES);
    const forwardedFor = request.headers[CLIENT_ADDRESS_HEADER];
    const address = resolveClientAddress(request.socket.remoteAddress, Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor, env.TRUSTED_PROXIES);
    if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
    else delete request.headers[CLIENT_ADDRESS_HEADER];
    void handle(request, response);
  });
  if (dev) server.on("upgrade", (request, socket, head) => void app.getUpgradeHandler()(request, socket, head));
  server.listen(env.PORT, () => console.log(`web app listening on port ${env.PORT}${dev ? " (development)" : ""}`));
  // Open event streams would hold `close` up for ever: they get a few seconds, as `next start` gives none.
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
