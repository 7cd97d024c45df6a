import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { actionIds, callAction, newUser } from "./actions";
import { signedInRequest, signInByHttp } from "./api-client";
import { demoUsers } from "./support";

const SESSION_COOKIE = "next-auth.session-token";

async function signedInAs(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string | undefined, email: string, password: string) {
  const request = await playwright.request.newContext({ baseURL });
  const response = await signInByHttp(request, email, password);
  const cookie = (await request.storageState()).cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`signing in as ${email} set no session cookie`);
  return { request, response, cookie };
}

test("the session cookie is HttpOnly and SameSite=Lax (and not Secure over plain http)", async ({ playwright, baseURL }) => {
  const { request, response } = await signedInAs(playwright, baseURL, demoUsers.manager, "demo-password");
  const setCookie = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
  const session = setCookie.find((value) => value.startsWith(`${SESSION_COOKIE}=`)) ?? "";
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  expect(session).not.toMatch(/;\s*Secure/i);
  await request.dispose();
});

test("signing out ends the token itself: the old cookie replayed afterwards is refused", async ({ playwright, baseURL }) => {
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const user = await newUser(owner, baseURL ?? "", "sales");
  const { request, cookie } = await signedInAs(playwright, baseURL, user.email, user.password);
  expect((await request.get("/api/v1/me")).status()).toBe(200);
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });

  const replay = await playwright.request.newContext({ baseURL, storageState: { cookies: [cookie], origins: [] } });
  expect((await replay.get("/api/v1/me")).status()).toBe(401);
  expect((await replay.get("/en/customers", { maxRedirects: 0 })).status()).toBe(307);
  await Promise.all([owner.dispose(), request.dispose(), replay.dispose()]);
});

test("a role change and a disable take effect on the user's very next request", async ({ playwright, baseURL }) => {
  const origin = baseURL ?? "";
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const user = await newUser(owner, origin, "sales");
  const { request } = await signedInAs(playwright, baseURL, user.email, user.password);
  const funnel = "/api/v1/analytics/funnel?from=2026-01-01&to=2026-02-01";
  expect(await (await request.get("/api/v1/me")).json()).toMatchObject({ role: "sales" });
  expect((await request.get(funnel)).status()).toBe(403);

  const ids = actionIds();
  expect((await callAction(owner, "/en/settings/users", ids.get("changeRoleAction") ?? "", { userId: user.id, role: "manager" }, origin)).code).toBe("ok");
  expect(await (await request.get("/api/v1/me")).json()).toMatchObject({ role: "manager" });
  expect((await request.get(funnel)).status()).toBe(200);

  expect((await callAction(owner, "/en/settings/users", ids.get("setDisabledAction") ?? "", { userId: user.id, disabled: true }, origin)).code).toBe("ok");
  expect((await request.get("/api/v1/me")).status()).toBe(401);
  expect((await request.get("/en/funnel", { maxRedirects: 0 })).status()).toBe(307);
  await Promise.all([owner.dispose(), request.dispose()]);
});
