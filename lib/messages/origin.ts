import "server-only";
import { headers } from "next/headers";

/**
 * The origin public links (survey, unsubscribe) are written with: NEXTAUTH_URL's when set (the
 * deployment's public URL), else the address this request came to, else localhost on PORT (the
 * playbook engine has no request).
 */
export async function publicOrigin(request?: Request): Promise<string> {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // Not a URL: fall through to the request's own origin.
    }
  }
  if (request) return new URL(request.url).origin;
  const host = await headers().then((h) => h.get("host"), () => null);
  if (host) return `http://${host}`;
  return `http://localhost:${process.env.PORT ?? 3000}`;
}
