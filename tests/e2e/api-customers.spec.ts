import { expect, test } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { demoUsers } from "./support";

const unique = () => `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

test.describe("HTTP API v1: customers", () => {
  test("create is idempotent on externalId and starts in the chosen stage", async ({ playwright, baseURL }) => {
    const api = await signedInRequest(playwright, baseURL, demoUsers.manager);
    const externalId = unique();
    const at = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const first = await api.post("/api/v1/customers", { data: { externalId, name: "سارا رضایی", stage: "consideration", at, channel: "instagram" } });
    expect(first.status()).toBe(201);
    const created = await first.json();
    expect(created).toMatchObject({ externalId, stage: "consideration", lost: false, version: 1, stageEnteredAt: at, channel: "instagram" });
    const again = await api.post("/api/v1/customers", { data: { externalId, name: "Someone else" } });
    expect(again.status()).toBe(200);
    expect((await again.json()).id).toBe(created.id);
    const moves = await (await api.get(`/api/v1/customers/${created.id}/moves`)).json();
    expect(moves.items).toHaveLength(1);
    await api.dispose();
  });

  test("moves append history, refuse stale versions with 409 and bad input with 422", async ({ playwright, baseURL }) => {
    const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
    const customer = await (await api.post("/api/v1/customers", { data: { name: "Lea Martin" } })).json();
    const moved = await api.post(`/api/v1/customers/${customer.id}/moves`, { data: { to: "engagement", version: 1, note: "replied on WhatsApp", channel: "whatsapp" } });
    expect(moved.status()).toBe(201);
    expect(await moved.json()).toMatchObject({ from: "awareness", to: "engagement", note: "replied on WhatsApp", version: 2 });

    const stale = await api.post(`/api/v1/customers/${customer.id}/moves`, { data: { to: "conversion", version: 1 } });
    expect(stale.status()).toBe(409);
    expect(stale.headers()["content-type"]).toContain("application/problem+json");

    const lostWithoutReason = await api.post(`/api/v1/customers/${customer.id}/moves`, { data: { to: "lost", version: 2 } });
    expect(lostWithoutReason.status()).toBe(422);
    expect((await lostWithoutReason.json()).errors).toEqual({ reason: ["reason_required_lost"] });

    const future = await api.post(`/api/v1/customers/${customer.id}/moves`, { data: { to: "consideration", version: 2, at: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(future.status()).toBe(422);

    const badJson = await api.post(`/api/v1/customers/${customer.id}/moves`, { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
    expect(badJson.status()).toBe(400);

    const tooBig = await api.post("/api/v1/customers", { data: { name: "x".repeat(300_000) } });
    expect(tooBig.status()).toBe(413);

    const extra = await api.post("/api/v1/customers", { data: { name: "Ok", isAdmin: true } });
    expect(extra.status()).toBe(422);

    const history = await (await api.get(`/api/v1/customers/${customer.id}/moves`)).json();
    expect(history.items.map((m: { to: string }) => m.to)).toEqual(["awareness", "engagement"]);
    await api.dispose();
  });

  test("sales users get 404 for customers that are not theirs; managers see them", async ({ playwright, baseURL }) => {
    const sales = await signedInRequest(playwright, baseURL, demoUsers.sales);
    const other = await signedInRequest(playwright, baseURL, demoUsers.sales2);
    const manager = await signedInRequest(playwright, baseURL, demoUsers.manager);
    const mine = await (await sales.post("/api/v1/customers", { data: { name: "Private Person" } })).json();
    expect((await other.get(`/api/v1/customers/${mine.id}`)).status()).toBe(404);
    expect((await other.post(`/api/v1/customers/${mine.id}/moves`, { data: { to: "engagement", version: 1 } })).status()).toBe(404);
    expect((await other.post(`/api/v1/customers/${mine.id}/touchpoints`, { data: { channel: "phone", kind: "call" } })).status()).toBe(404);
    expect((await other.get("/api/v1/customers/not-a-uuid")).status()).toBe(404);
    expect((await manager.get(`/api/v1/customers/${mine.id}`)).status()).toBe(200);
    const list = await (await other.get(`/api/v1/customers?q=Private%20Person`)).json();
    expect(list.items).toEqual([]);
    for (const api of [sales, other, manager]) await api.dispose();
  });

  test("a colleague's external id is taken, never shown: 409 without the record, as in a lost race", async ({ playwright, baseURL }) => {
    const sales = await signedInRequest(playwright, baseURL, demoUsers.sales);
    const other = await signedInRequest(playwright, baseURL, demoUsers.sales2);
    const manager = await signedInRequest(playwright, baseURL, demoUsers.manager);
    const externalId = unique();
    const mine = await (await sales.post("/api/v1/customers", { data: { externalId, name: "Secret Client", email: "secret-client@demo.test", phone: "+972 50 765 4321" } })).json();
    const probe = await other.post("/api/v1/customers", { data: { externalId, name: "x" } });
    expect(probe.status()).toBe(409);
    expect(probe.headers()["content-type"]).toContain("application/problem+json");
    const text = await probe.text();
    expect(JSON.parse(text)).toEqual({ type: "about:blank", title: "Conflict", status: 409, code: "external_id_taken", errors: { externalId: ["external_id_taken"] } });
    for (const secret of [mine.id, "Secret Client", "secret-client@demo.test", "765"]) expect(text).not.toContain(secret);
    expect((await sales.post("/api/v1/customers", { data: { externalId, name: "x" } })).status()).toBe(200);
    expect((await (await manager.post("/api/v1/customers", { data: { externalId, name: "x" } })).json()).id).toBe(mine.id);
    const referred = await other.post("/api/v1/customers", { data: { name: "Referred", referredById: mine.id } });
    expect(referred.status()).toBe(422);
    expect((await referred.json()).errors).toEqual({ referredById: ["unknown_customer"] });
    for (const api of [sales, other, manager]) await api.dispose();
  });

  test("touchpoints, purchases and feedback validate and record", async ({ playwright, baseURL }) => {
    const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
    const customer = await (await api.post("/api/v1/customers", { data: { name: "Kian Moradi" } })).json();
    expect((await api.post(`/api/v1/customers/${customer.id}/touchpoints`, { data: { channel: "telegram", kind: "message", note: "سلام" } })).status()).toBe(201);
    expect((await api.post(`/api/v1/customers/${customer.id}/purchases`, { data: { amount: "۱۲۰٫۵۰" } })).status()).toBe(201);
    expect((await api.post(`/api/v1/customers/${customer.id}/feedback`, { data: { score: 11 } })).status()).toBe(422);
    const feedback = await api.post(`/api/v1/customers/${customer.id}/feedback`, { data: { score: "۹", comment: "عالی" } });
    expect(feedback.status()).toBe(201);
    expect(await feedback.json()).toMatchObject({ score: 9, stageKey: "awareness" });
    await api.dispose();
  });

  test("list pages with a cursor", async ({ playwright, baseURL }) => {
    const api = await signedInRequest(playwright, baseURL, demoUsers.owner);
    const first = await (await api.get("/api/v1/customers?limit=5&sort=name&dir=asc")).json();
    expect(first.items).toHaveLength(5);
    const second = await (await api.get(`/api/v1/customers?limit=5&sort=name&dir=asc&cursor=${first.nextCursor}`)).json();
    expect(second.items).toHaveLength(5);
    const ids = new Set([...first.items, ...second.items].map((c: { id: string }) => c.id));
    expect(ids.size).toBe(10);
    expect((await api.get("/api/v1/customers?limit=500")).status()).toBe(422);
    expect((await api.get("/api/v1/customers?cursor=garbage")).status()).toBe(422);
    await api.dispose();
  });
});
