import { expect, test } from "@playwright/test";
import { signInByHttp } from "./api-client";
import { signInClient } from "./sign-in-client";
import { demoPassword, demoUsers } from "./support";

test("health names the embedded engine, which also serves the reads (PGlite has no replica)", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "pglite", read: { on: "primary" } });
});

test("login pages carry the locale's direction; an unknown locale is 404", async ({ request }) => {
  for (const [locale, dir] of [["he", "rtl"], ["fa", "rtl"], ["en", "ltr"]] as const) {
    const html = await (await request.get(`/${locale}/login`)).text();
    expect(html).toContain(`<html lang="${locale}" dir="${dir}"`);
  }
  expect((await request.get("/de/login")).status()).toBe(404);
  expect((await request.get("/he/no-such-page")).status()).toBe(404);
});

test("/ is negotiated from Accept-Language, falling back to he", async ({ request }) => {
  const fa = await request.get("/", { headers: { "accept-language": "fa-IR,fa;q=0.9" }, maxRedirects: 0 });
  expect(fa.headers().location).toMatch(/\/fa$/);
  const other = await request.get("/", { headers: { "accept-language": "de-DE" }, maxRedirects: 0 });
  expect(other.headers().location).toMatch(/\/he$/);
});

test("/api/v1/me is a 401 problem for anonymous callers", async ({ request }) => {
  const response = await request.get("/api/v1/me");
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  expect(await response.json()).toMatchObject({ status: 401 });
});

for (const [who, email] of Object.entries(demoUsers)) {
  test(`${who} signs in through next-auth's endpoints and /api/v1/me names the role`, async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    const signedIn = await signInByHttp(request, email);
    expect([200, 302]).toContain(signedIn.status());
    const me = await request.get("/api/v1/me");
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ email, role: who === "sales2" ? "sales" : who });
    await request.dispose();
  });
}

test("a wrong password gives no session", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await signInByHttp(request, demoUsers.owner, "wrong-password");
  expect((await request.get("/api/v1/me")).status()).toBe(401);
  await request.dispose();
});

test("pages carry a nonce CSP and the security headers; the API the static ones", async ({ request }) => {
  const page = await request.get("/en/login");
  const csp = page.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(await page.text()).toContain(`nonce="${nonce}"`);
  for (const response of [page, await request.get("/api/health")]) {
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
});

test("repeated failed sign-ins are throttled with an error that names the throttle", async ({ baseURL }) => {
  // From an address of its own, so the address's failures disturb no other test.
  const client = await signInClient(baseURL, "127.0.0.13");
  const email = `nobody-${Date.now()}@demo.test`;
  const errors: string[] = [];
  for (let i = 0; i < 10 && errors.at(-1) !== "throttled"; i++) errors.push(await client.signIn(email, "wrong"));
  expect(errors.slice(0, 5)).toEqual(Array(5).fill("invalid_credentials"));
  expect(errors.at(-1)).toBe("throttled");
});

test("a callbackUrl that is not the app's gives the normal sign-in page, and sign-in sends people only within the app", async ({ request, baseURL }) => {
  for (const callbackUrl of ["http://localhost:3918.evil.test/", "javascript:alert(document.cookie)", "https://evil.test/"]) {
    const signin = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
    expect(signin.status(), callbackUrl).toBe(302);
    const location = new URL(signin.headers().location ?? "", baseURL);
    expect(location.pathname).toBe("/he/login");
    expect(location.searchParams.get("callbackUrl") ?? "").not.toContain("evil");
    const page = await request.get(location.toString());
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain('<html lang="he" dir="rtl"');
  }
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: demoUsers.manager, password: demoPassword, callbackUrl: "http://localhost:3918.evil.test/", json: "true" },
    maxRedirects: 0,
  });
  expect(signedIn.status()).toBe(200);
  expect(new URL(((await signedIn.json()) as { url: string }).url).origin).toBe(new URL(baseURL ?? "").origin);
});

test("next-auth's sign-in and sign-out refuse a page of another origin", async ({ request }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (const path of ["/api/auth/callback/credentials", "/api/auth/signout"]) {
    const response = await request.post(path, {
      form: { csrfToken, email: demoUsers.sales, password: demoPassword, json: "true" },
      headers: { origin: "http://localhost:3918", "sec-fetch-site": "same-site" },
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(403);
    expect(await response.json()).toMatchObject({ code: "cross_origin" });
  }
});
