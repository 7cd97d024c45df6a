import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { problem } from "@/lib/api/problem";
import { authSecret } from "@/lib/auth/secret";
import { refreshedSessionCookie } from "@/lib/auth/session-token";
import { isLocale } from "@/lib/i18n/locale";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy, isEmbeddablePath } from "@/lib/security/headers";

const intl = createMiddleware(routing);
const LOCALE_LIKE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** Next's own limit for server action bodies (1 MB); past it Next answers a bare 500. */
const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * Locale routing, the per-request CSP nonce (framing allowed for public lead forms only), a fresh
 * session cookie when the session is about to expire, and a 413 for oversized server action bodies only.
 * Authorization lives next to the data (pages, actions, routes), never here. A first segment shaped
 * like a locale we do not serve goes straight to the app, which answers 404, instead of being
 * prefixed with the default locale.
 */
export async function proxy(request: NextRequest) {
  if (request.headers.has("next-action") && Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) {
    return problem(413, { detail: `Server action bodies are limited to ${ACTION_BODY_LIMIT} bytes.` });
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, undefined, isEmbeddablePath(request.nextUrl.pathname));
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const first = request.nextUrl.pathname.split("/")[1] ?? "";
  const response =
    LOCALE_LIKE.test(first) && !isLocale(first)
      ? NextResponse.next({ request: { headers } })
      : intl(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", csp);
  const refreshed = await sessionRefresh(request);
  if (refreshed) response.cookies.set(refreshed.name, refreshed.value, refreshed.options);
  return response;
}

/** Never a reason to fail the page: without a secret or a valid session there is nothing to refresh, and the page's own check decides. */
async function sessionRefresh(request: NextRequest) {
  try {
    return await refreshedSessionCookie(Object.fromEntries(request.cookies.getAll().map((c) => [c.name, c.value])), authSecret());
  } catch {
    return null;
  }
}

export const config = { matcher: "/((?!api|_next|_vercel|.*\\..*).*)" };
