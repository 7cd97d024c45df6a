import { decode, encode, getToken, type JWT } from "next-auth/jwt";

/** How long a session lasts from its last refresh (next-auth's `session.maxAge`, lib/auth/options.ts). */
export const SESSION_MAX_AGE_S = 60 * 60 * 12;
/** A session with less than this left is re-issued by the proxy on the next page request. */
const REFRESH_WHEN_LEFT_MS = (SESSION_MAX_AGE_S * 1000) / 4;

const secureCookies = () => process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;

/** The cookie values a request carries, by name (from `cookies()` or a test). */
export type CookieValues = Record<string, string>;

interface Decoded {
  claims: JWT;
  /** When the token stops being valid, in ms (its `exp`). */
  expiresAt: number;
}

/** Sessions decoded in this process, by their exact token; the oldest go first past the limit. */
const decoded = new Map<string, Decoded>();
const MAX_REMEMBERED = 5000;

/** jose's leeway on `exp` in next-auth's decode, kept for tokens served from memory. */
const CLOCK_TOLERANCE_MS = 15_000;

/**
 * next-auth's own decode (HKDF key derivation, then JWE decryption) run once per token: a browser
 * or an API client sends the same cookie on every request, and deriving the key took longer than
 * the move it guarded. Only a token next-auth itself accepted is remembered, under its exact text,
 * and it is dropped once expired; a sign-out or a role change is still seen on the next request,
 * since the caller re-reads the user (lib/auth/session.ts).
 */
async function decodeOnce(token: string, secret: string, now: number): Promise<JWT | null> {
  const known = decoded.get(token);
  if (known) {
    if (known.expiresAt + CLOCK_TOLERANCE_MS > now) return known.claims;
    decoded.delete(token);
    return null;
  }
  const claims = await decode({ token, secret });
  if (!claims || typeof claims.exp !== "number") return claims;
  if (decoded.size >= MAX_REMEMBERED) decoded.delete(decoded.keys().next().value as string);
  decoded.set(token, { claims, expiresAt: claims.exp * 1000 });
  return claims;
}

/**
 * The claims of the request's session cookie, or null without a valid one. Reads the cookie as
 * next-auth names it (`__Secure-` over https, split in chunks when long) through its `getToken`,
 * without the session route's work: no CSRF token, no callbacks, and no re-encoded token (whose
 * cookie nobody could set from a page anyway).
 */
export function sessionClaims(cookies: CookieValues, secret: string, now = Date.now()): Promise<JWT | null> {
  return getToken({
    req: { cookies, headers: {} } as never,
    secret,
    secureCookie: secureCookies(),
    decode: ({ token }) => (token ? decodeOnce(token, secret, now) : Promise.resolve(null)),
  });
}

export interface SessionCookie {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; expires: Date };
}

/**
 * A fresh session cookie when the request's session is valid but about to expire, else null: the
 * only time a token is encoded again (next-auth's session route did it on every call). Same cookie
 * name and options as next-auth's sign-in.
 */
export async function refreshedSessionCookie(cookies: CookieValues, secret: string, now = Date.now()): Promise<SessionCookie | null> {
  const claims = await sessionClaims(cookies, secret, now);
  if (!claims || typeof claims.exp !== "number" || claims.exp * 1000 - now > REFRESH_WHEN_LEFT_MS) return null;
  const { iat: _iat, exp: _exp, jti: _jti, ...token } = claims;
  const secure = secureCookies();
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    value: await encode({ token, secret, maxAge: SESSION_MAX_AGE_S }),
    options: { httpOnly: true, sameSite: "lax", path: "/", secure, expires: new Date(now + SESSION_MAX_AGE_S * 1000) },
  };
}
