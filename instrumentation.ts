/** Runs once when the server starts: a bad environment stops it here, not at the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { webEnv } = await import("./lib/env/web-env");
  const { PROTO_ACCESSOR_WARNING, protoAccessorDisabled } = await import("./lib/security/proto-accessor");
  if (!protoAccessorDisabled()) console.warn(PROTO_ACCESSOR_WARNING);
  try {
    webEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
