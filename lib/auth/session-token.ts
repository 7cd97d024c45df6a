import { decode, getToken, type JWT } from "next-auth/jwt";

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
    secureCookie: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    decode: ({ token }) => (token ? decodeOnce(token, secret, now) : Promise.resolve(null)),
  });
}
