const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const isUnsafeMethod = (request: Request) => UNSAFE_METHODS.has(request.method.toUpperCase());

/** The app's own origin: NEXTAUTH_URL's (the one next-auth issues cookies and redirects for), else the request's. */
export function appOrigin(request: Request, env: Record<string, string | undefined> = process.env): string {
  if (env.NEXTAUTH_URL) {
    try {
      return new URL(env.NEXTAUTH_URL).origin;
    } catch {
      // Not a URL: next-auth will complain; the request's own origin is the best guess meanwhile.
    }
  }
  return new URL(request.url).origin;
}

/**
 * A write a browser sent from a page of another origin: its `Origin` is not ours, or its
 * `Sec-Fetch-Site` is not `same-origin`. Same-site pages count too: one on another port of the
 * host gets the SameSite=Lax session cookie along, and a form or a no-cors fetch needs no
 * preflight. A request with neither header does not come from a browser page (a page cannot
 * remove them), so it is no forgery and passes, as in the usual cross-origin protection rule.
 */
export function isCrossOriginWrite(request: Request): boolean {
  if (!isUnsafeMethod(request)) return false;
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== appOrigin(request)) return true;
  const site = request.headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin";
}
