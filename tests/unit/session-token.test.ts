import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { refreshedSessionCookie, SESSION_MAX_AGE_S, sessionClaims } from "@/lib/auth/session-token";

afterEach(() => vi.unstubAllEnvs());

const secret = "unit-test-secret-of-some-length";
const claims = { userId: "user-1", orgId: "org-1", sessionVersion: 3 };
/** A session token as next-auth's sign-in writes it. */
const token = (maxAge = 3600, key = secret) => encode({ token: claims, secret: key, maxAge });

describe("session claims from the cookie", () => {
  it("reads next-auth's own token from its cookie, again and again", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const cookies = { "next-auth.session-token": await token() };
    expect(await sessionClaims(cookies, secret)).toMatchObject(claims);
    expect(await sessionClaims(cookies, secret)).toMatchObject(claims);
  });

  it("uses the __Secure- cookie when the app is served over https, as next-auth names it", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://crm.example.test");
    const value = await token();
    expect(await sessionClaims({ "next-auth.session-token": value }, secret)).toBeNull();
    expect(await sessionClaims({ "__Secure-next-auth.session-token": value }, secret)).toMatchObject(claims);
  });

  it("refuses a token made with another secret, a forged one, and none", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    expect(await sessionClaims({ "next-auth.session-token": await token(3600, "another-secret-entirely") }, secret)).toBeNull();
    expect(await sessionClaims({ "next-auth.session-token": "eyJhbGciOiJkaXIifQ.not.a.real.token" }, secret)).toBeNull();
    expect(await sessionClaims({}, secret)).toBeNull();
  });

  it("stops accepting a token once it has expired, also after it was read while valid", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const cookies = { "next-auth.session-token": await token(60) };
    expect(await sessionClaims(cookies, secret)).toMatchObject(claims);
    expect(await sessionClaims(cookies, secret, Date.now() + 5 * 60_000)).toBeNull();
    expect(await sessionClaims({ "next-auth.session-token": await token(-60) }, secret)).toBeNull();
  });
});

describe("session refresh", () => {
  const hour = 3600;
  it("re-issues a valid session only when under a quarter of its life is left, with a new expiry and the same claims", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    expect(await refreshedSessionCookie({ "next-auth.session-token": await token(11 * hour) }, secret)).toBeNull();

    const refreshed = await refreshedSessionCookie({ "next-auth.session-token": await token(2 * hour) }, secret);
    expect(refreshed).toMatchObject({ name: "next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
    const renewed = await sessionClaims({ "next-auth.session-token": refreshed?.value ?? "" }, secret);
    expect(renewed).toMatchObject(claims);
    expect(Number(renewed?.exp) * 1000).toBeGreaterThan(Date.now() + SESSION_MAX_AGE_S * 1000 - 60_000);
  });

  it("re-issues nothing for an expired, forged or missing session, and names the __Secure- cookie over https", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://crm.example.test");
    expect(await refreshedSessionCookie({ "__Secure-next-auth.session-token": await token(-60) }, secret)).toBeNull();
    expect(await refreshedSessionCookie({ "__Secure-next-auth.session-token": "forged" }, secret)).toBeNull();
    expect(await refreshedSessionCookie({}, secret)).toBeNull();
    const refreshed = await refreshedSessionCookie({ "__Secure-next-auth.session-token": await token(60) }, secret);
    expect(refreshed).toMatchObject({ name: "__Secure-next-auth.session-token", options: { secure: true } });
  });
});
