import { NextResponse } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { apiRoute } from "@/lib/api/handler";
import { can } from "@/lib/auth/roles";
import { currentUser } from "@/lib/auth/session";
import { findApiKeyUser } from "@/db/queries/api-keys";
import { z } from "zod";
import { parseJson } from "@/lib/api/body";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn(), asCurrentUser: (user: unknown) => user }));
vi.mock("@/db", () => ({ getDb: async () => ({}) }));
vi.mock("@/db/queries/api-keys", () => ({ findApiKeyUser: vi.fn() }));
vi.mock("@/db/mutations/api-keys", () => ({ spendApiKeyRequest: async () => ({ ok: true }) }));

const app = "http://localhost:3130";
const user = { id: "u1", orgId: "o1", role: "owner", email: "o@test.test", name: "O" };
const route = vi.fn(async () => NextResponse.json({ done: true }, { status: 201 }));
const post = (headers: Record<string, string>, body = "{}") => new Request(`${app}/api/v1/customers`, { method: "POST", headers, body });
const call = async (handler: ReturnType<typeof apiRoute<Record<string, never>>>, request: Request) => {
  const response = await handler(request, { params: Promise.resolve({}) });
  return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as Record<string, unknown> };
};

beforeEach(() => {
  vi.stubEnv("NEXTAUTH_URL", app);
  vi.mocked(currentUser).mockResolvedValue(user as never);
  vi.mocked(findApiKeyUser).mockResolvedValue({ key: { orgId: "o1", id: "k1" }, user: { ...user, disabledAt: null } } as never);
  route.mockClear();
});
afterEach(() => vi.unstubAllEnvs());

describe("apiRoute", () => {
  const json = { "content-type": "application/json" };

  it("refuses a session's write from a page of another origin with 403 problem+json, before the session is read", async () => {
    for (const headers of [{ origin: "http://localhost:3131" }, { "sec-fetch-site": "same-site" }] as Record<string, string>[]) {
      vi.mocked(currentUser).mockClear();
      expect(await call(apiRoute(route), post({ ...json, ...headers }))).toMatchObject({ status: 403, type: "application/problem+json", body: { code: "cross_origin" } });
      expect(currentUser).not.toHaveBeenCalled();
    }
    expect(route).not.toHaveBeenCalled();
  });

  it("lets the app's own pages, clients without either header and API keys write", async () => {
    expect((await call(apiRoute(route), post({ ...json, origin: app, "sec-fetch-site": "same-origin" }))).status).toBe(201);
    expect((await call(apiRoute(route), post(json))).status).toBe(201);
    expect((await call(apiRoute(route), post({ ...json, authorization: "Bearer key", origin: "http://localhost:3131" }))).status).toBe(201);
    expect(route).toHaveBeenCalledTimes(3);
  });

  it("answers 403 problem+json to a role `allowed` refuses, before the route runs; serves the roles it allows", async () => {
    const analytics = apiRoute({ allowed: can.viewAnalytics }, route);
    vi.mocked(currentUser).mockResolvedValue({ ...user, role: "sales" } as never);
    expect(await call(analytics, post(json))).toMatchObject({ status: 403, type: "application/problem+json", body: { code: "forbidden" } });
    expect(route).not.toHaveBeenCalled();
    for (const role of ["owner", "manager"]) {
      vi.mocked(currentUser).mockResolvedValue({ ...user, role } as never);
      expect((await call(analytics, post(json))).status, role).toBe(201);
    }
    expect(route).toHaveBeenCalledTimes(2);
  });

  it("reads a JSON body only when it is declared application/json (415 otherwise, as a form or a no-cors fetch would send it)", async () => {
    const schema = z.strictObject({ name: z.string() });
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      const parsed = await parseJson(post(type ? { "content-type": type } : {}, '{"name":"A"}'), schema);
      expect(parsed.ok ? 200 : parsed.response.status, type).toBe(415);
    }
    expect(await parseJson(post({ "content-type": "application/json; charset=utf-8" }, '{"name":"A"}'), schema)).toEqual({ ok: true, data: { name: "A" } });
  });

  it("turns an error thrown while the caller is resolved into a 500 problem+json without internals", async () => {
    vi.mocked(currentUser).mockRejectedValue(new Error("AUTH_SECRET must be set when DATABASE_URL is used in production"));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const answer = await call(apiRoute(route), post(json));
    expect(answer).toMatchObject({ status: 500, type: "application/problem+json", body: { status: 500 } });
    expect(JSON.stringify(answer.body)).not.toContain("AUTH_SECRET");
  });
});
