import { expect, test, type APIRequestContext } from "@playwright/test";
import { actionIds, callAction } from "./actions";
import { signedInRequest } from "./api-client";
import { demoUsers } from "./support";

/** The per-key limit tests/e2e/serve.sh gives the server (requests per minute). */
const limit = Number(process.env.API_KEY_RATE_LIMIT ?? 60);

async function createKey(owner: APIRequestContext, origin: string, name: string) {
  const { result } = await callAction(owner, "/en/settings/api-keys", actionIds().get("createApiKeyAction") ?? "", { name }, origin);
  expect(result?.ok).toBe(true);
  return result?.data as { id: string; key: string };
}

test("an API key is rate limited: a 429 problem with Retry-After that writes nothing; other keys and sessions go on", async ({ playwright, baseURL }) => {
  const origin = baseURL ?? "";
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const [spent, fresh] = [await createKey(owner, origin, `Limited ${Date.now()}`), await createKey(owner, origin, `Fresh ${Date.now()}`)];
  const bearer = (key: string) => playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
  const api = await bearer(spent.key);

  const statuses: number[] = [];
  while (statuses.at(-1) !== 429 && statuses.length < limit + 100) statuses.push((await api.get("/api/v1/me")).status());
  expect(statuses.slice(0, limit)).toEqual(Array(limit).fill(200));
  expect(statuses.at(-1)).toBe(429);

  const name = `Rate Limited ${Date.now()}`;
  const refused = await api.post("/api/v1/customers", { data: { name } });
  expect(refused.status()).toBe(429);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
  expect(await refused.json()).toMatchObject({ status: 429, code: "rate_limited" });
  const retryAfter = Number(refused.headers()["retry-after"]);
  expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
  expect((await (await owner.get(`/api/v1/customers?q=${encodeURIComponent(name)}`)).json()).items).toEqual([]);

  const other = await bearer(fresh.key);
  expect((await other.get("/api/v1/me")).status()).toBe(200);
  for (let i = 0; i <= limit; i++) expect((await owner.get("/api/v1/me")).status()).toBe(200);

  const revoke = actionIds().get("revokeApiKeyAction") ?? "";
  for (const { id } of [spent, fresh]) expect((await callAction(owner, "/en/settings/api-keys", revoke, { keyId: id }, origin)).code).toBe("ok");
  await Promise.all([api.dispose(), other.dispose(), owner.dispose()]);
});
