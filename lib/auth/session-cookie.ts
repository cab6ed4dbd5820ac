/**
 * next-auth's session cookie name: the `__Secure-` form when the app is served over https, which
 * browsers then refuse to set or send over plain http.
 */
export const sessionCookieName = (appUrl: string | undefined) =>
  appUrl?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
