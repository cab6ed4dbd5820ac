/** The role set-up makes for the web app and the worker when APP_DATABASE_URL names none. */
export const DEFAULT_APP_ROLE = "streamops_app";

/**
 * Where the web app and the worker connect: APP_DATABASE_URL, or else DATABASE_URL (the owner's,
 * with which set-up migrates) as the role `streamops_app` without a password (local trust
 * authentication). Set-up grants that role only INSERT and SELECT on the audit log, so nothing
 * the application runs can rewrite it.
 */
export function appDatabaseUrl(env: { DATABASE_URL: string; APP_DATABASE_URL?: string }): string {
  if (env.APP_DATABASE_URL) return env.APP_DATABASE_URL;
  const url = new URL(env.DATABASE_URL);
  url.username = DEFAULT_APP_ROLE;
  url.password = "";
  return url.toString();
}
